package org.aimnav.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One import of a catalog file: the HTTP API's {@code Import} and a little more.
 *
 * @param importId a UUID, also the Batch job instance's identifying parameter
 * @param fileName the name the file was uploaded with
 * @param sha256 hex SHA-256 of the file's bytes
 * @param status where the import stands
 * @param dryRun validate and report only
 * @param mode replace or merge
 * @param maxRejectedRows the policy's limit of rejected rows
 * @param startedAt when the import was submitted
 * @param finishedAt when it reached its status; null while queued or running
 * @param restartedAt when it was last restarted; null if never
 * @param ranBeforeRestart how long it had run until it was last restarted (zero if never): the time
 * between its failure and the restart, when nothing ran it, is no part of its duration
 * @param rowsRead data rows read so far (blank rows are skipped and not counted)
 * @param rowsValid rows that passed every rule
 * @param rowsRejected rows with at least one problem
 * @param bytesRead bytes of the file read so far
 * @param bytesTotal the file's size in bytes
 * @param catalogVersion the version published, or for {@code UNCHANGED} the current version whose
 * content the file equals; null otherwise
 * @param replacedVersion for {@code PUBLISHED}, the version that was current until then; null when
 * there was none (or the import finished before this was recorded)
 * @param message what happened, in a sentence for the curator; null while running
 * @param delimiter the delimiter the header was read with: {@code comma}, {@code semicolon} or
 * {@code tab}
 * @param warnings what was accepted but is worth knowing (extra columns ignored, a delimiter other
 * than comma, blank rows skipped)
 * @param countsByCode how many problems of each code the rejected rows have
 */
public record ImportRun(
		String importId,
		String fileName,
		String sha256,
		ImportStatus status,
		boolean dryRun,
		ImportMode mode,
		long maxRejectedRows,
		Instant startedAt,
		Instant finishedAt,
		Instant restartedAt,
		Duration ranBeforeRestart,
		long rowsRead,
		long rowsValid,
		long rowsRejected,
		long bytesRead,
		long bytesTotal,
		Integer catalogVersion,
		Integer replacedVersion,
		String message,
		String delimiter,
		List<String> warnings,
		Map<ProblemCode, Long> countsByCode) {

	public ImportRun {
		ranBeforeRestart = ranBeforeRestart == null ? Duration.ZERO : ranBeforeRestart;
		warnings = List.copyOf(warnings);
		countsByCode = Map.copyOf(countsByCode);
	}

	/** How long the import took, or has taken so far while it runs. */
	public Duration duration() {
		return duration(Clock.systemUTC());
	}

	/**
	 * How long the import took, or has taken so far (by {@code clock}) while it runs: from its
	 * submission, or from its last restart plus the time it ran before.
	 */
	public Duration duration(Clock clock) {
		Instant end = finishedAt != null ? finishedAt : clock.instant();
		return restartedAt == null ? Duration.between(startedAt, end)
				: ranBeforeRestart.plus(Duration.between(restartedAt, end));
	}

	/** The total number of problems over every code. */
	public long problemCount() {
		return countsByCode.values().stream().mapToLong(Long::longValue).sum();
	}

	public ImportProgress progress() {
		return new ImportProgress(importId, status, rowsRead, bytesRead, bytesTotal);
	}

}
