package org.aimnav.recommender.demand;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.aimnav.recommender.result.RecommendationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Logs every recommendation request for demand analytics without slowing it down or failing it:
 * {@link #record} only puts a small row on a bounded queue, and one background thread writes the
 * queue to the database in batches. When the database is slow or down, rows that do not fit are
 * dropped and counted, and a failed batch is logged and counted; a recommendation never waits for
 * the log and never sees its errors. Stopping the application writes what is queued. The same
 * thread deletes requests older than the retention, at start and every hour.
 */
public class RecommendationLog implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RecommendationLog.class);

	private static final long PURGE_EVERY_NANOS = TimeUnit.HOURS.toNanos(1);

	private final RequestLogRepository repository;

	private final RequestLogProperties properties;

	private final BlockingQueue<LoggedRequest> queue;

	private final AtomicLong accepted = new AtomicLong();

	private final AtomicLong written = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private final AtomicLong dropped = new AtomicLong();

	private volatile boolean running;

	private Thread writer;

	public RecommendationLog(JdbcTemplate jdbc, TransactionTemplate transactions, RequestLogProperties properties) {
		this.repository = new RequestLogRepository(jdbc, transactions);
		this.properties = properties;
		this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
	}

	/** Queues a request for the log. Never throws and never blocks. */
	public void record(RecommendationResult result, Instant at) {
		if (!properties.enabled()) {
			return;
		}
		try {
			if (queue.offer(LoggedRequest.of(result, at, properties.maxTextLength()))) {
				accepted.incrementAndGet();
			}
			else if (dropped.incrementAndGet() % 1000 == 1) {
				log.warn("Recommendation log is behind; {} requests not logged so far", dropped.get());
			}
		}
		catch (RuntimeException ex) {
			dropped.incrementAndGet();
			log.warn("Could not log a recommendation request: {}", ex.toString());
		}
	}

	/**
	 * Waits until every request queued before the call has been written (or has failed).
	 * @return whether that happened within the timeout
	 */
	public boolean flush(Duration timeout) {
		long target = accepted.get();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (written.get() + failed.get() < target) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	/**
	 * Deletes the requests older than the retention, with their results; a zero retention keeps
	 * everything.
	 * @return how many requests were deleted
	 */
	public int purge(Instant now) {
		if (properties.retention().isZero()) {
			return 0;
		}
		int deleted = repository.deleteBefore(now.minus(properties.retention()));
		if (deleted > 0) {
			log.info("Deleted {} recommendation requests older than {} days from the log", deleted,
					properties.retention().toDays());
		}
		return deleted;
	}

	/** Requests written to the database so far. */
	public long written() {
		return written.get();
	}

	/** Requests not logged because the queue was full. */
	public long dropped() {
		return dropped.get();
	}

	/** Requests whose batch failed to write. */
	public long failed() {
		return failed.get();
	}

	@Override
	public synchronized void start() {
		if (running) {
			return;
		}
		running = true;
		writer = new Thread(this::drain, "recommendation-log");
		writer.setDaemon(true);
		writer.start();
	}

	@Override
	public void stop() {
		Thread stopping;
		synchronized (this) {
			running = false;
			stopping = writer;
		}
		if (stopping != null) {
			try {
				stopping.join(TimeUnit.SECONDS.toMillis(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void purgeQuietly() {
		try {
			purge(Instant.now());
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete old recommendation requests from the log: {}", ex.toString());
		}
	}

	private void drain() {
		List<LoggedRequest> batch = new ArrayList<>(properties.batchSize());
		long nextPurge = System.nanoTime();
		while (running || !queue.isEmpty()) {
			if (running && System.nanoTime() - nextPurge >= 0) {
				nextPurge = System.nanoTime() + PURGE_EVERY_NANOS;
				purgeQuietly();
			}
			try {
				LoggedRequest first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, properties.batchSize() - 1);
				repository.insert(batch);
				written.addAndGet(batch.size());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				failed.addAndGet(batch.size());
				log.warn("Could not write {} recommendation requests to the log: {}", batch.size(), ex.toString());
			}
			finally {
				batch.clear();
			}
		}
	}

}
