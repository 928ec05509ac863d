package org.aimnav.ingest.job;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.ingest.ImportRefusedException;
import org.aimnav.ingest.ImportRun;
import org.aimnav.ingest.ImportStatus;
import org.aimnav.ingest.csv.CsvFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;

/**
 * Keeps the import's row in step with its job: running when the job starts (with the lease's
 * heartbeat), failed with a message the curator can act on when it fails, and its stored file
 * removed once the import is over for good, with the rows it staged and did not publish. The final status of a completed job is written by the
 * publish step itself, in its transaction.
 */
class ImportJobListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ImportJobListener.class);

	private final ImportRecords records;

	private final ImportHeartbeat heartbeat;

	private final UploadStore uploads;

	private final CatalogVersions versions;

	private final Set<String> lostLocks = ConcurrentHashMap.newKeySet();

	/** The job execution of each import running on this instance. */
	private final Map<String, Long> running = new ConcurrentHashMap<>();

	private final Set<String> stoppedWithApplication = ConcurrentHashMap.newKeySet();

	ImportJobListener(ImportRecords records, ImportHeartbeat heartbeat, UploadStore uploads,
			CatalogVersions versions) {
		this.records = records;
		this.heartbeat = heartbeat;
		this.uploads = uploads;
		this.versions = versions;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		String importId = importId(execution);
		running.put(importId, execution.getId());
		records.running(importId);
		heartbeat.start(importId, () -> {
			if (records.find(importId).map(stored -> stored.run().status().finished()).orElse(true)) {
				return; // the publish step freed the lock with the final status
			}
			log.error("Import {} lost the import lock (its lease ran out while this instance stalled); stopping it",
					importId);
			lostLocks.add(importId);
			for (StepExecution step : execution.getStepExecutions()) {
				step.setTerminateOnly();
			}
		});
	}

	/**
	 * Removes the rows of a version the publish step discarded (rejected, unchanged, a dry run's
	 * nothing), now that its decision is committed and the import reads as finished.
	 */
	private void sweepDiscarded(String importId) {
		try {
			long removed = versions.sweepDiscarded();
			if (removed > 0) {
				log.info("Removed the {} staged rows that import {} did not publish", String.format("%,d", removed),
						importId);
			}
		}
		catch (DataAccessException ex) {
			log.warn("Could not yet remove the staged rows that import {} did not publish ({}); the hourly sweep "
					+ "will", importId, ex.getMessage());
		}
	}

	@Override
	public void afterJob(JobExecution execution) {
		String importId = importId(execution);
		running.remove(importId);
		heartbeat.stop(importId);
		boolean lockLost = lostLocks.remove(importId);
		boolean stopped = stoppedWithApplication.remove(importId);
		Optional<ImportRun> recorded = records.find(importId).map(ImportRecords.Stored::run);
		// Told to stop while it published, the job reads STOPPED after its publish committed: the
		// import's status, written in that transaction, is the truth.
		boolean over = recorded.map(ImportRun::status)
			.filter(status -> status.finished() && status != ImportStatus.FAILED)
			.isPresent();
		if (execution.getStatus() == BatchStatus.COMPLETED || over) {
			uploads.delete(Path.of(execution.getJobParameters().getString(ImportParameters.FILE)));
			sweepDiscarded(importId);
			return;
		}
		long rows = recorded.map(ImportRun::rowsRead).orElse(0L);
		String message;
		if (lockLost) {
			message = "The import lost its lock: this instance stalled for longer than the lock's lease and the "
					+ "lock was freed. Nothing was published. Restart the import.";
		}
		else if (stopped && execution.getStatus() == BatchStatus.STOPPED) {
			message = String.format("The import was stopped because its process was told to end (the platform or "
					+ "the import command stopping), after %,d rows had been checked. Nothing was published; the "
					+ "catalog is unchanged. Restart the import to resume where it stopped.", rows);
		}
		else {
			message = failureMessage(execution, rows);
		}
		records.finish(importId, ImportStatus.FAILED, null, message);
	}

	/** The job execution of every import running on this instance, by import. */
	Map<String, Long> running() {
		return Map.copyOf(running);
	}

	/** Says of an import told to stop because the application closes that this is why it stopped. */
	void stoppingWithApplication(String importId) {
		stoppedWithApplication.add(importId);
	}

	/** What went wrong, for the curator: the first failure's own message where it is meant for people. */
	static String failureMessage(JobExecution execution, long rowsCommitted) {
		Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
		String unchanged = " Nothing was published; the catalog is unchanged.";
		String resume = String.format(" Restart the import to resume after the %,d rows already checked.", rowsCommitted);
		if (failure == null) {
			return "The import stopped (" + execution.getStatus().name().toLowerCase(Locale.ROOT) + ")." + unchanged + resume;
		}
		ImportRefusedException refused = find(failure, ImportRefusedException.class);
		if (refused != null) {
			return refused.getMessage() + unchanged;
		}
		CsvFormatException unreadable = find(failure, CsvFormatException.class);
		if (unreadable != null) {
			return unreadable.getMessage() + unchanged;
		}
		Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
		if (find(failure, DataAccessException.class) != null || find(failure, SQLException.class) != null) {
			return "The database reported an error during the import: " + root.getMessage() + "." + unchanged + resume;
		}
		return "The import failed: " + root.getMessage() + "." + unchanged + resume;
	}

	private static <T extends Throwable> T find(Throwable error, Class<T> type) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	private static String importId(JobExecution execution) {
		return execution.getJobParameters().getString(ImportParameters.IMPORT_ID);
	}

}
