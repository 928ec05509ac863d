package org.aimnav.web.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.aimnav.ingest.ImportProgress;
import org.aimnav.ingest.ImportRun;

/**
 * An import as the API shows it: the fields of api.md's {@code Import}, then what a progress bar
 * and a report need (rows per second, seconds left, problems by code, warnings).
 */
public record ImportView(
		String importId,
		String fileName,
		String sha256,
		String status,
		boolean dryRun,
		Instant startedAt,
		Instant finishedAt,
		Instant restartedAt,
		long rowsRead,
		long rowsValid,
		long rowsRejected,
		long bytesRead,
		long bytesTotal,
		String mode,
		Integer catalogVersion,
		Integer replacedVersion,
		String message,
		long maxRejectedRows,
		String delimiter,
		List<String> warnings,
		Map<String, Long> countsByCode,
		int percent,
		long durationMillis,
		double rowsPerSecond,
		Long secondsLeft,
		boolean finished) {

	static ImportView of(ImportRun run, Clock clock) {
		Duration took = run.duration(clock);
		Map<String, Long> counts = new LinkedHashMap<>();
		run.countsByCode().entrySet().stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(entry -> counts.put(entry.getKey().name(), entry.getValue()));
		ImportProgress progress = run.progress();
		OptionalLong secondsLeft = progress.secondsLeft(took);
		return new ImportView(run.importId(), run.fileName(), run.sha256(), run.status().name(), run.dryRun(),
				run.startedAt(), run.finishedAt(), run.restartedAt(), run.rowsRead(), run.rowsValid(), run.rowsRejected(), run.bytesRead(),
				run.bytesTotal(), run.mode().code(), run.catalogVersion(), run.replacedVersion(), run.message(), run.maxRejectedRows(),
				run.delimiter(), run.warnings(), counts, progress.percent(), took.toMillis(),
				progress.rowsPerSecond(took), secondsLeft.isPresent() ? secondsLeft.getAsLong() : null,
				run.status().finished());
	}

	/** The message key of the status's label: a dry run is not rejected, it would be. */
	public String statusKey() {
		return "imports.status." + status + (dryRun && "REJECTED".equals(status) ? ".dryRun" : "");
	}

}
