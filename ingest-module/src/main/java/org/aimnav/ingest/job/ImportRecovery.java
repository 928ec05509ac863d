package org.aimnav.ingest.job;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import org.aimnav.ingest.ImportRun;
import org.aimnav.ingest.ImportStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Marks imports whose instance died as failed, so that they can be restarted: at start-up, then
 * every lease period (an instance that dies while others run is noticed by them). An import is
 * left alone while it holds the lock with a running lease: it is alive somewhere. Otherwise its
 * Batch execution, if the repository still has it running, is recovered (marked failed) with
 * {@link JobOperator#recover}, and the import is marked failed with a message saying how to go on.
 */
class ImportRecovery implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

	private final ImportRecords records;

	private final ImportLock lock;

	private final JobRepository jobRepository;

	private final ImportJobLauncher launcher;

	ImportRecovery(ImportRecords records, ImportLock lock, JobRepository jobRepository, ImportJobLauncher launcher) {
		this.records = records;
		this.lock = lock;
		this.jobRepository = jobRepository;
		this.launcher = launcher;
	}

	@Override
	public void run(ApplicationArguments args) {
		recover(true);
	}

	/** First among start-up runners: anything that imports at start-up finds a stale lock freed. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Scheduled(fixedDelayString = "${aimnav.import.lock-lease:30s}", initialDelayString = "${aimnav.import.lock-lease:30s}")
	void sweep() {
		try {
			recover(false);
		}
		catch (RuntimeException ex) {
			// A database blip must not stop the sweeps; the next one tries again.
			log.warn("Could not look for interrupted imports: {}", ex.getMessage());
		}
	}

	/**
	 * @param startingUp whether this instance has just started: an import it held the lock for in
	 * its previous life is over, even if the lease has not run out yet
	 * @return how many imports were marked failed
	 */
	synchronized int recover(boolean startingUp) {
		int recovered = 0;
		for (String importId : records.unfinished()) {
			if (lock.alive(importId, startingUp)) {
				continue;
			}
			JobExecution execution = jobRepository.getLastJobExecution(ImportJobConfiguration.JOB_NAME,
					ImportParameters.identifying(importId));
			Instant lastChunk = lastChunk(execution); // before recover() marks the execution updated now
			try {
				if (execution != null && execution.isRunning()) {
					launcher.operator().recover(execution);
				}
			}
			catch (RuntimeException ex) {
				// Another instance recovered it at the same moment, or it just finished after all.
				log.info("Could not recover the execution of import {}: {}", importId, ex.getMessage());
				continue;
			}
			Optional<ImportRun> run = records.find(importId).map(ImportRecords.Stored::run);
			long rows = run.map(ImportRun::rowsRead).orElse(0L);
			records.finish(importId, ImportStatus.FAILED, String.format("The import was interrupted: the "
					+ "instance running it stopped (a crash or a shutdown) after %,d rows had been checked. Nothing was "
					+ "published; the catalog is unchanged. Restart the import to resume.", rows),
					lastSignOfLife(importId, run.map(ImportRun::startedAt).orElse(null), lastChunk));
			lock.release(importId);
			log.warn("Import {} was interrupted; marked failed so that it can be restarted", importId);
			recovered++;
		}
		return recovered;
	}

	/**
	 * When the import was last known to run: the later of its lease's last renewal (every third
	 * of the lease) and its last committed chunk. The import ended then, not when it is found dead
	 * (which may be hours later, when the instance starts again): its duration must not count the
	 * downtime. Null (now) when neither is known.
	 */
	private Instant lastSignOfLife(String importId, Instant startedAt, Instant lastChunk) {
		Instant renewed = lock.holder()
			.filter(h -> h.importId().equals(importId))
			.map(h -> h.leaseUntil().minus(lock.lease()))
			.orElse(null);
		Instant last = renewed == null ? lastChunk
				: lastChunk == null || renewed.isAfter(lastChunk) ? renewed : lastChunk;
		if (last == null || last.isAfter(Instant.now())) {
			return null;
		}
		return startedAt != null && last.isBefore(startedAt) ? startedAt : last;
	}

	/** When the execution's steps were last updated (Batch does at every chunk), or null. */
	private static Instant lastChunk(JobExecution execution) {
		if (execution == null) {
			return null;
		}
		// Batch keeps its times as local date-times of the instance that ran the job.
		return execution.getStepExecutions()
			.stream()
			.map(StepExecution::getLastUpdated)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.map(updated -> updated.atZone(ZoneId.systemDefault()).toInstant())
			.orElse(null);
	}

}
