package org.aimnav.ingest.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Renews the import lock's lease while an import runs, every third of the lease, from a thread of
 * its own so that a long step (a big chunk, the checksum of a large version) cannot starve it.
 * Should the lock be lost (this instance stalled longer than the lease and another took over), the
 * import is told to stop: it must not publish without the lock.
 */
class ImportHeartbeat implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportHeartbeat.class);

	private final ImportLock lock;

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "import-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, ScheduledFuture<?>> beats = new ConcurrentHashMap<>();

	ImportHeartbeat(ImportLock lock) {
		this.lock = lock;
	}

	void start(String importId, Runnable onLockLost) {
		long period = Math.max(1000, lock.lease().toMillis() / 3);
		beats.computeIfAbsent(importId, id -> scheduler.scheduleWithFixedDelay(() -> beat(id, onLockLost), period,
				period, TimeUnit.MILLISECONDS));
	}

	void stop(String importId) {
		ScheduledFuture<?> beat = beats.remove(importId);
		if (beat != null) {
			beat.cancel(false);
		}
	}

	private void beat(String importId, Runnable onLockLost) {
		try {
			if (!lock.renew(importId)) {
				stop(importId);
				onLockLost.run();
			}
		}
		catch (RuntimeException ex) {
			// A database blip: the lease has two more beats of slack before it runs out.
			log.warn("Could not renew the lease of import {}: {}", importId, ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		// Not shutdownNow: interrupting a renewal inside H2's file I/O would close the database file.
		scheduler.shutdown();
	}

}
