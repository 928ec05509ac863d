package org.aimnav.ingest.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.aimnav.catalog.version.CatalogVersion;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.catalog.version.VersionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Removes what a failed import keeps for a restart (its stored upload and the rows it staged) once
 * it has waited {@code aimnav.import.keep-failed} without one: an upload nobody restarts should not
 * hold disk space and database rows for ever. The import stays in the history, with a sentence
 * saying why it can no longer be restarted; a restart then answers that the file must be uploaded
 * again. Each failed import is cleaned once: the mark it gets keeps the hourly sweep from looking
 * at it again.
 */
class FailedImportCleanup {

	private static final Logger log = LoggerFactory.getLogger(FailedImportCleanup.class);

	private final ImportRecords records;

	private final CatalogVersions versions;

	private final UploadStore uploads;

	private final Duration keepFailed;

	private final Clock clock;

	FailedImportCleanup(ImportRecords records, CatalogVersions versions, UploadStore uploads, Duration keepFailed,
			Clock clock) {
		this.records = records;
		this.versions = versions;
		this.uploads = uploads;
		this.keepFailed = keepFailed;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
	void sweep() {
		try {
			removeExpired();
			// Rows a process that ended left of versions it had discarded, too.
			versions.sweepDiscarded();
		}
		catch (RuntimeException ex) {
			log.warn("Could not remove the leftovers of old failed imports: {}", ex.getMessage());
		}
	}

	/** @return how many failed imports had their leftovers removed */
	int removeExpired() {
		if (keepFailed.isZero()) {
			return 0;
		}
		int removed = 0;
		for (ImportRecords.Stored failed : records.failedBefore(clock.instant().minus(keepFailed))) {
			Path file = Path.of(failed.storedFile());
			Integer staged = failed.stagingVersion();
			boolean stillStaged = staged != null
					&& versions.find(staged).map(CatalogVersion::status).orElse(null) == VersionStatus.STAGING;
			String importId = failed.run().importId();
			if (!Files.exists(file) && !stillStaged) {
				// Nothing left (removed before this mark existed): mark it, so that it is not looked at again.
				records.markLeftoversRemoved(importId, null, clock.instant());
				continue;
			}
			// The mark and its sentence go first, and only while the import is still failed: a restart
			// that won the race keeps its file and rows.
			if (!records.markLeftoversRemoved(importId, String.format("Its stored upload and staged rows were removed "
					+ "after %d days without a restart; upload the file again.", keepFailed.toDays()), clock.instant())) {
				continue;
			}
			if (stillStaged) {
				versions.discard(staged);
			}
			uploads.delete(file);
			log.info("Removed the stored upload and staged rows of import {}, failed over {} days ago", importId,
					keepFailed.toDays());
			removed++;
		}
		if (removed > 0) {
			versions.sweepDiscarded();
		}
		return removed;
	}

}
