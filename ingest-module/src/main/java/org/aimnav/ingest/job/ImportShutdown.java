package org.aimnav.ingest.job;

import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Stops the imports running on this instance when the application closes, before the database
 * does: each stops after the chunk it is writing and reads FAILED at once, restartable from there,
 * instead of failing under a closed connection pool with Batch's bookkeeping half written. It
 * stops after the web server's graceful shutdown, so that no upload still in flight starts an
 * import behind it. A stopped context that is started again (as the test framework does with the
 * contexts it keeps) takes imports again: nothing here is shut down for good.
 */
class ImportShutdown implements SmartLifecycle {

	/** After the web server's graceful shutdown ({@code DEFAULT_PHASE - 1024}), before it stops ({@code - 2048}). */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1536;

	private static final Logger log = LoggerFactory.getLogger(ImportShutdown.class);

	private final ImportJobListener jobs;

	private final ImportJobLauncher launcher;

	private final ImportExecutor executor;

	private final Duration timeout;

	private volatile boolean running;

	/**
	 * @param timeout how long to wait for the imports to stop: a chunk ends in well under a second,
	 * but a merge's copy of the current version or a publish is one transaction that runs to its end
	 */
	ImportShutdown(ImportJobListener jobs, ImportJobLauncher launcher, ImportExecutor executor, Duration timeout) {
		this.jobs = jobs;
		this.launcher = launcher;
		this.executor = executor;
		this.timeout = timeout;
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		Map<String, Long> imports = jobs.running();
		imports.forEach((importId, execution) -> {
			jobs.stoppingWithApplication(importId);
			try {
				if (launcher.stop(execution)) {
					log.info("Stopping import {}: the application is closing; it can be restarted from where it stops",
							importId);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not ask import {} to stop: {}", importId, ex.getMessage());
			}
		});
		try {
			if (!executor.awaitIdle(timeout)) {
				log.warn("Imports {} did not stop within {} s; they read FAILED at the next start and can be "
						+ "restarted then", imports.keySet(), timeout.toSeconds());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
