package org.aimnav.recommender;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.version.CatalogVersion;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.catalog.version.CurrentCatalogChanged;
import org.aimnav.catalog.version.NoCurrentCatalogException;
import org.aimnav.recommender.engine.CatalogSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/**
 * Holds the snapshot of the current catalog version and swaps it, whole, when the current version
 * changes: requests read one {@link AtomicReference}, so each sees one complete version, never a
 * mix. Builds run on one background thread, in the order the changes happened; when changes come
 * faster than builds, only the latest is built, and a build that finishes after a newer change is
 * not installed. A build failure is logged and the previous snapshot stays in service.
 */
final class SnapshotHolder implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SnapshotHolder.class);

	private final ProgramRepository programs;

	private final CatalogVersions versions;

	private final Taxonomy taxonomy;

	private final AtomicReference<CatalogSnapshot> current = new AtomicReference<>();

	/** The version the holder should hold: the latest one announced; -1 before any. */
	private final AtomicInteger wanted = new AtomicInteger(-1);

	/** The build thread; made on start and shut down on stop, so the holder can be restarted. */
	private ExecutorService builder;

	private volatile boolean running;

	SnapshotHolder(ProgramRepository programs, CatalogVersions versions, Taxonomy taxonomy) {
		this.programs = programs;
		this.versions = versions;
		this.taxonomy = taxonomy;
	}

	/** Published or activated here, or noticed from another instance: build that version. */
	@EventListener
	void onCurrentCatalogChanged(CurrentCatalogChanged event) {
		request(event.version());
	}

	/**
	 * The snapshot in service. Before the first build has finished (right after start-up), the
	 * caller builds the current version itself rather than fail.
	 * @throws NoCurrentCatalogException when no catalog version has been published
	 */
	CatalogSnapshot current() {
		CatalogSnapshot snapshot = current.get();
		if (snapshot != null) {
			return snapshot;
		}
		synchronized (this) {
			snapshot = current.get();
			if (snapshot == null) {
				int version = versions.currentVersion().orElseThrow(NoCurrentCatalogException::new);
				wanted.compareAndSet(-1, version);
				snapshot = build(version);
				current.compareAndSet(null, snapshot);
				snapshot = current.get();
			}
			return snapshot;
		}
	}

	/** The version of the snapshot in service, if one is. */
	OptionalInt version() {
		CatalogSnapshot snapshot = current.get();
		return snapshot == null ? OptionalInt.empty() : OptionalInt.of(snapshot.version());
	}

	void request(int version) {
		wanted.set(version);
		synchronized (this) {
			if (running) {
				builder.execute(this::buildWanted);
			}
			// Stopped: nothing to do now; start() builds the current version again.
		}
	}

	private void buildWanted() {
		int version = wanted.get();
		CatalogSnapshot held = current.get();
		if (version < 0 || (held != null && held.version() == version)) {
			return;
		}
		try {
			long started = System.nanoTime();
			CatalogSnapshot snapshot = build(version);
			synchronized (this) {
				if (wanted.get() == version) {
					current.set(snapshot);
					log.info("Recommending from catalog version {} ({} programs, built in {} ms)", version,
							snapshot.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
				}
			}
		}
		catch (RuntimeException ex) {
			if (!running) {
				// Stopped (shutting down) in the middle of a build: nothing is wrong.
				log.debug("Build of catalog version {} stopped by shutdown", version);
				return;
			}
			log.error("Could not prepare catalog version {} for recommending; still serving {}", version,
					held == null ? "nothing" : "version " + held.version(), ex);
		}
	}

	private CatalogSnapshot build(int version) {
		// Freshness is measured against the version's publication, so a version's answers stay put.
		LocalDate reference = versions.find(version)
			.map(SnapshotHolder::referenceDate)
			.orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
		return CatalogSnapshot.build(version, reference, () -> programs.walk(version), taxonomy);
	}

	@Override
	public void start() {
		synchronized (this) {
			builder = Executors.newSingleThreadExecutor(task -> {
				Thread thread = new Thread(task, "recommender-snapshot");
				thread.setDaemon(true);
				return thread;
			});
			running = true;
		}
		versions.currentVersion().ifPresent(this::request);
	}

	@Override
	public void stop() {
		synchronized (this) {
			running = false;
			if (builder != null) {
				builder.shutdownNow();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	static LocalDate referenceDate(CatalogVersion version) {
		return (version.publishedAt() != null ? version.publishedAt() : version.createdAt())
			.atOffset(ZoneOffset.UTC)
			.toLocalDate();
	}

}
