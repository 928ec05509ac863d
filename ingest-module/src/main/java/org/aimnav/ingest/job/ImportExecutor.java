package org.aimnav.ingest.job;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads imports run on, so that {@code submit} returns at once. It knows which import each
 * task runs (the launching thread names it in {@link #launching}) and frees that import's lock
 * once the job has completely finished, Batch's own bookkeeping included: freed any earlier, a
 * second import could start while the first one's execution still reads as running.
 */
class ImportExecutor implements TaskExecutor, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportExecutor.class);

	private static final ThreadLocal<String> LAUNCHING = new ThreadLocal<>();

	private static final long IDLE_POLL_MILLIS = 20;

	private final ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();

	private final ImportLock lock;

	private final Map<String, CompletableFuture<Void>> finished = new ConcurrentHashMap<>();

	private volatile boolean closing;

	ImportExecutor(ImportLock lock) {
		this.lock = lock;
		// The database lock lets one import run at a time; a second thread covers the moment
		// between one import freeing its lock and its thread returning to the pool.
		threads.setCorePoolSize(2);
		threads.setMaxPoolSize(2);
		threads.setQueueCapacity(8);
		threads.setThreadNamePrefix("import-");
		threads.initialize();
	}

	/** Runs {@code launch}, which starts the job of {@code importId} on this executor. */
	<T> T launching(String importId, Supplier<T> launch) {
		LAUNCHING.set(importId);
		try {
			return launch.get();
		}
		finally {
			LAUNCHING.remove();
		}
	}

	/** Completes when the import's job has finished on this instance (whatever its outcome). */
	CompletableFuture<Void> whenFinished(String importId) {
		return finished.computeIfAbsent(importId, id -> new CompletableFuture<>());
	}

	@Override
	public void execute(Runnable job) {
		String importId = LAUNCHING.get();
		if (importId == null) {
			throw new IllegalStateException("Import jobs are launched through ImportExecutor.launching");
		}
		threads.execute(() -> {
			try {
				job.run();
			}
			catch (RuntimeException ex) {
				if (!closing) {
					throw ex;
				}
				// The application closes under the job (the process was told to end): the import
				// reads FAILED at the next start and can be restarted; no stack trace to print.
				log.info("Import {} stopped with the application: {}", importId, ex.getMessage());
			}
			finally {
				try {
					lock.release(importId);
				}
				catch (RuntimeException ex) {
					// The database is unreachable: the lease runs out by itself.
					if (closing) {
						log.info("Import lock of {} left to its lease: the application is closing", importId);
					}
					else {
						log.warn("Could not free the import lock of {}: {}", importId, ex.getMessage());
					}
				}
				finally {
					CompletableFuture<Void> done = finished.remove(importId);
					if (done != null) {
						done.complete(null);
					}
				}
			}
		});
	}

	/**
	 * Waits at most {@code timeout} for the imports running here to end (they were told to stop);
	 * true when none runs any more. The threads stay: a context that is stopped can be started again.
	 */
	boolean awaitIdle(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (threads.getActiveCount() > 0) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(IDLE_POLL_MILLIS);
		}
		return true;
	}

	@Override
	public void destroy() {
		closing = true;
		threads.shutdown();
	}

}
