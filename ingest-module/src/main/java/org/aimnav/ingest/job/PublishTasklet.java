package org.aimnav.ingest.job;

import java.util.Objects;
import java.util.Optional;

import org.aimnav.catalog.version.CatalogVersion;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.catalog.version.VersionStatus;
import org.aimnav.ingest.ImportMode;
import org.aimnav.ingest.ImportOptions;
import org.aimnav.ingest.ImportProblem;
import org.aimnav.ingest.ImportRun;
import org.aimnav.ingest.ImportStatus;
import org.aimnav.ingest.ProblemCode;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The import's last step: applies the policy to what the rows came to, and either publishes the
 * staged version (making it current, atomically) or discards it. It runs in one transaction with
 * the import's final status and the release of the import lock, so an import is published exactly
 * when it says so, and is finished exactly when the lock is free. It never publishes without
 * holding the lock.
 */
class PublishTasklet implements Tasklet {

	private final ImportRecords records;

	private final CatalogVersions versions;

	private final ImportLock lock;

	PublishTasklet(ImportRecords records, CatalogVersions versions, ImportLock lock) {
		this.records = records;
		this.versions = versions;
		this.lock = lock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ImportParameters parameters = ImportParameters
			.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
		String importId = parameters.importId();
		ImportOptions options = parameters.options();
		ImportRecords.Stored stored = records.find(importId).orElseThrow();
		ImportRun run = stored.run();
		Integer staged = stored.stagingVersion();
		if (!lock.holds(importId)) {
			throw lockLost();
		}
		if (staged != null && versions.find(staged).map(CatalogVersion::status).orElseThrow() != VersionStatus.STAGING) {
			// This step committed before and the process stopped before Batch recorded it.
			alreadyDecided(importId, run, staged);
			releaseLock(importId);
			return RepeatStatus.FINISHED;
		}
		String counts = String.format("%s read: %,d valid, %,d rejected", count(run.rowsRead(), "row"), run.rowsValid(),
				run.rowsRejected());
		Optional<ImportProblem> unreadable = records.problems(importId, ProblemCode.MALFORMED, 1).stream().findFirst();
		Optional<ImportProblem> swallowing = records.problems(importId, ProblemCode.QUOTE, 1).stream().findFirst();
		if (unreadable.isPresent()) {
			discard(staged);
			records.finish(importId, ImportStatus.REJECTED, null, String.format("%s. The file cannot be read as CSV "
					+ "from line %,d on, so nothing after it was checked and nothing was published, whatever the "
					+ "policy; the catalog is unchanged. See the problems.", counts, unreadable.get().line()));
		}
		else if (swallowing.isPresent()) {
			// The rows a late quote made text are in no count: no number of rejected rows may let them go.
			discard(staged);
			records.finish(importId, ImportStatus.REJECTED, null, String.format("%s. A value on line %,d holds rows "
					+ "of the file (a quote closed lines later), which no count of rejected rows includes: %s, "
					+ "whatever the policy. See the problems.", counts, swallowing.get().line(), options.dryRun()
							? "an import of this file would be rejected (dry run: nothing was staged or published)"
							: "nothing was published, and the catalog is unchanged"));
		}
		else if (run.rowsRejected() > options.maxRejectedRows()) {
			discard(staged);
			records.finish(importId, ImportStatus.REJECTED, null, options.dryRun()
					? String.format("%s. %s: an import of this file with this policy would be rejected. Dry run: "
							+ "nothing was staged or published. See the problems.", counts,
							options.maxRejectedRows() == 0 ? "No rejected row is allowed"
									: "More than the " + count(options.maxRejectedRows(), "rejected row") + " allowed")
					: String.format("%s. The import allows %s, so nothing was published; the catalog is unchanged. "
							+ "See the problems.", counts, options.maxRejectedRows() == 0 ? "no rejected row"
									: "at most " + count(options.maxRejectedRows(), "rejected row")));
		}
		else if (run.rowsValid() == 0) {
			// A merge of no valid row would read UNCHANGED, which a script takes for "nothing to do".
			discard(staged);
			records.finish(importId, ImportStatus.REJECTED, null, counts + (options.mode() == ImportMode.MERGE
					&& versions.currentVersion().isPresent()
							? ". No row is valid, so there is nothing to merge; the catalog is unchanged. See the problems."
							: ". No row is valid, and an empty catalog is never published. See the problems."));
		}
		else if (options.dryRun()) {
			Optional<CatalogVersion> current = versions.current();
			// A merge's dry run counted from the version current when it started; only against that one.
			boolean same = stored.stagedChecksum() != null && current.isPresent()
					&& (options.mode() == ImportMode.REPLACE || Objects.equals(stored.mergeBase(), current.get().version()))
					&& stored.stagedChecksum().equals(current.get().checksum());
			records.finish(importId, ImportStatus.VALIDATED, null, counts + ". Dry run: nothing was staged or published."
					+ (same ? String.format(" The content is the same as the current catalog version %d: an import of "
							+ "this file would be UNCHANGED.", current.get().version())
							: wouldChange(stored, current, options.mode())));
		}
		else {
			decide(importId, staged, stored, counts, run.rowsRejected(), options.mode());
		}
		releaseLock(importId);
		return RepeatStatus.FINISHED;
	}

	private void decide(String importId, int staged, ImportRecords.Stored stored, String counts, long rejected,
			ImportMode mode) {
		// A curator may make another version current while this runs: decide again against it.
		for (int attempt = 1;; attempt++) {
			Optional<CatalogVersion> current = versions.current();
			if (decideAgainst(current, importId, staged, stored, counts, rejected, mode)) {
				return;
			}
			if (attempt == 3) {
				throw new IllegalStateException("The current catalog version kept changing while the import "
						+ "published; nothing was published. Restart the import.");
			}
		}
	}

	/** @return false when the current version changed before the decision could be applied */
	private boolean decideAgainst(Optional<CatalogVersion> current, String importId, int staged,
			ImportRecords.Stored stored, String counts, long rejected, ImportMode mode) {
		Integer currentVersion = current.map(CatalogVersion::version).orElse(null);
		Integer base = stored.mergeBase();
		if (mode == ImportMode.MERGE && base != null
				&& !base.equals(Objects.requireNonNullElse(currentVersion, ImportRecords.Stored.NO_MERGE_BASE))) {
			versions.discard(staged);
			records.finish(importId, ImportStatus.REJECTED, null, String.format("%s. Since this merge started, version %d "
					+ "was made the current catalog%s. The rows were merged into a copy of %s, so publishing would "
					+ "undo that change: nothing was published, and version %d stays current. Upload the file again to "
					+ "merge it into version %d.", counts, currentVersion,
					base == ImportRecords.Stored.NO_MERGE_BASE ? "" : " instead of version " + base,
					base == ImportRecords.Stored.NO_MERGE_BASE ? "no catalog" : "version " + base, currentVersion,
					currentVersion));
			return true;
		}
		if (current.isPresent() && stored.stagedChecksum().equals(current.get().checksum())) {
			versions.discard(staged);
			records.finish(importId, ImportStatus.UNCHANGED, current.get().version(),
					String.format("%s. The content is the same as the current catalog version %d, so no new version "
							+ "was created.", counts, current.get().version()));
			return true;
		}
		Optional<CatalogVersion> publishing = versions.publishInstead(staged, stored.stagedChecksum(), currentVersion);
		if (publishing.isEmpty()) {
			return false;
		}
		CatalogVersion published = publishing.get();
		String message = current.isEmpty()
				? String.format("%s. Published catalog version %d with %s; it is now current.", counts,
						published.version(), count(published.programCount(), "program"))
				: String.format("%s. Published catalog version %d with %s; it is now current instead of "
						+ "version %d (%s).%s", counts, published.version(), count(published.programCount(), "program"),
						current.get().version(), count(current.get().programCount(), "program"),
						rejected > 0 && mode == ImportMode.REPLACE
								? rejected == 1
										? String.format(" The rejected row is not in it: its program, if version %d had "
												+ "it, is no longer listed.", current.get().version())
										: String.format(" The %,d rejected rows are not in it: programs of theirs that "
												+ "version %d had are no longer listed.", rejected, current.get().version())
								: "");
		records.finish(importId, ImportStatus.PUBLISHED, published.version(), currentVersion, message);
		return true;
	}

	private void alreadyDecided(String importId, ImportRun run, int staged) {
		CatalogVersion version = versions.find(staged).orElseThrow();
		if (version.status() == VersionStatus.PUBLISHED) {
			records.finish(importId, ImportStatus.PUBLISHED, staged, String.format(
					"Published catalog version %d with %s.", staged, count(version.programCount(), "program")));
		}
		else {
			boolean rejected = run.rowsRejected() > run.maxRejectedRows()
					|| !records.problems(importId, ProblemCode.MALFORMED, 1).isEmpty()
					|| !records.problems(importId, ProblemCode.QUOTE, 1).isEmpty();
			records.finish(importId, rejected ? ImportStatus.REJECTED : ImportStatus.UNCHANGED, null,
					"Nothing was published; the catalog is unchanged.");
		}
	}

	/**
	 * Frees the lock with the final status, in the same transaction: an import that reads as
	 * finished never keeps the next one waiting, and should another instance have taken the lock
	 * over meanwhile, the whole decision rolls back rather than publish without it. The row is
	 * locked only now, at the very end, so the heartbeat is never held up for long.
	 */
	private void releaseLock(String importId) {
		if (!lock.release(importId)) {
			throw lockLost();
		}
	}

	private static IllegalStateException lockLost() {
		return new IllegalStateException("The import lost its lock (its instance stalled for longer than the lock's "
				+ "lease and another took it over); it did not publish. Restart it");
	}

	private void discard(Integer staged) {
		if (staged != null) {
			versions.discard(staged);
		}
	}

	/**
	 * What a real import of a dry run's file would do to the current catalog, when the dry run was
	 * compared with it (the version current when it started, still current); else empty.
	 */
	private static String wouldChange(ImportRecords.Stored stored, Optional<CatalogVersion> current, ImportMode mode) {
		if (current.isEmpty() || !Objects.equals(stored.mergeBase(), current.get().version())) {
			return "";
		}
		ImportRecords.DryRunCounts counts = stored.dryRunCounts();
		long before = current.get().programCount();
		long removed = mode == ImportMode.MERGE ? 0 : Math.max(0, before - counts.changed() - counts.unchanged());
		long after = before + counts.added() - removed;
		String change = String.format(" A real import would make a catalog of %,d program%s instead of version %d's "
				+ "%,d: %,d added, %,d removed, %,d changed.", after, after == 1 ? "" : "s", current.get().version(), before,
				counts.added(), removed, counts.changed());
		// A few rows meant as a merge, sent as a replace, would take every other program away.
		return removed * 2 > before ? change + " It would remove most of the catalog: to add or change only the "
				+ "file's programs, import it as a merge." : change;
	}

	/** {@code 1 row}, {@code 2 rows}, {@code 1,000 rows}. */
	static String count(long count, String noun) {
		return String.format("%,d %s%s", count, noun, count == 1 ? "" : "s");
	}

}
