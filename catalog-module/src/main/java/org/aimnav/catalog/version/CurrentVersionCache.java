package org.aimnav.catalog.version;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/**
 * Something built from the current catalog version (the recommender's snapshot, the search
 * index), held in memory and swapped, whole, when the current version changes: readers get one
 * {@link AtomicReference}, so each sees one complete version, never a mix. Builds run on one
 * background thread, in the order the changes happened; when changes come faster than builds,
 * only the latest is built, and a build that finishes after a newer change is not installed. A
 * build failure is logged and the previous value stays in service; so does running out of memory
 * in a build, which leaves the built part to the garbage collector. Builds of every cache take
 * turns ({@link CatalogPreparation}): each holds a whole version beside the one in service.
 *
 * @param <T> what is built for a version; immutable, since every request shares it
 */
public class CurrentVersionCache<T> implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CurrentVersionCache.class);

	private final String purpose;

	private final CatalogVersions versions;

	private final CatalogPreparation preparation;

	private final IntFunction<T> builder;

	private final ToIntFunction<T> versionOf;

	private final ToIntFunction<T> sizeOf;

	private final AtomicReference<T> current = new AtomicReference<>();

	/** The version the cache should hold: the latest one announced; -1 before any. */
	private final AtomicInteger wanted = new AtomicInteger(-1);

	/** The version whose last build failed (out of memory, an error), until one succeeds; -1: none. */
	private volatile int failed = -1;

	/** The build thread; made on start and shut down on stop, so the cache can be restarted. */
	private ExecutorService executor;

	private volatile boolean running;

	private boolean autoStartup = true;

	private boolean urgent;

	/** What answers for a version that could not be prepared, in the log; null: the value held. */
	private String whileMissing;

	/**
	 * @param purpose what the value is for, in the log: "Recommending from catalog version 3"
	 * @param preparation lets one build of any cache run at a time
	 * @param builder builds the value of a version (on the background thread, or on a caller's)
	 * @param versionOf the version a value was built from
	 * @param sizeOf the number of programs a value holds, for the log
	 */
	public CurrentVersionCache(String purpose, CatalogVersions versions, CatalogPreparation preparation,
			IntFunction<T> builder, ToIntFunction<T> versionOf, ToIntFunction<T> sizeOf) {
		this.purpose = purpose;
		this.versions = versions;
		this.preparation = preparation;
		this.builder = builder;
		this.versionOf = versionOf;
		this.sizeOf = sizeOf;
	}

	/** Published or activated here, or noticed from another instance: build that version. */
	@EventListener
	public void onCurrentCatalogChanged(CurrentCatalogChanged event) {
		request(event.version());
	}

	/**
	 * The value in service. Before the first build has finished (right after start-up), the caller
	 * builds the current version itself rather than fail.
	 * @throws NoCurrentCatalogException when no catalog version has been published
	 */
	public T current() {
		T value = current.get();
		if (value != null) {
			return value;
		}
		synchronized (this) {
			value = current.get();
			if (value == null) {
				int version = versions.currentVersion().orElseThrow(NoCurrentCatalogException::new);
				wanted.compareAndSet(-1, version);
				current.compareAndSet(null, builder.apply(version));
				value = current.get();
			}
			return value;
		}
	}

	/**
	 * The value in service when it was built from {@code version}; empty when another version is
	 * held or none yet (the caller then answers without it, from the database).
	 */
	public Optional<T> held(int version) {
		T value = current.get();
		return value != null && versionOf.applyAsInt(value) == version ? Optional.of(value) : Optional.empty();
	}

	/**
	 * Whether the last build of {@code version} failed (it ran out of memory, or an error), so that
	 * the value in service stays an older version's until another build succeeds: not a matter of
	 * seconds.
	 */
	public boolean couldNotPrepare(int version) {
		return failed == version;
	}

	/** The version of the value in service, if one is. */
	public OptionalInt version() {
		T value = current.get();
		return value == null ? OptionalInt.empty() : OptionalInt.of(versionOf.applyAsInt(value));
	}

	/**
	 * Drops the value in service, so the next reader builds the current version again. For a
	 * database whose versions were deleted under a running application, as tests do between cases:
	 * version numbers are then given out again, and a held value would answer for another content.
	 */
	public void clear() {
		synchronized (this) {
			wanted.set(-1);
			current.set(null);
		}
	}

	/** Builds {@code version} on the background thread, unless a newer one is asked for first. */
	public void request(int version) {
		wanted.set(version);
		synchronized (this) {
			if (running) {
				executor.execute(this::buildWanted);
			}
			// Stopped: nothing to do now; start() builds the current version again.
		}
	}

	private void buildWanted() {
		int version = wanted.get();
		T held = current.get();
		if (version < 0 || (held != null && versionOf.applyAsInt(held) == version)) {
			return;
		}
		try {
			Supplier<Built<T>> build = () -> {
				if (wanted.get() != version) {
					return null; // a newer version was asked for while this build waited its turn
				}
				long started = System.nanoTime();
				T value = builder.apply(version);
				return new Built<>(value, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
			};
			Built<T> built = urgent ? preparation.urgently(build) : preparation.oneAtATime(build);
			synchronized (this) {
				if (built != null && wanted.get() == version) {
					current.set(built.value());
					failed = -1;
					log.info("{} catalog version {} ({} programs, built in {} ms)", purpose, version,
							sizeOf.applyAsInt(built.value()), built.millis());
				}
			}
		}
		catch (RuntimeException ex) {
			if (!running) {
				// Stopped (shutting down) in the middle of a build: nothing is wrong.
				log.debug("{}: build of catalog version {} stopped by shutdown", purpose, version);
				return;
			}
			failed = version;
			log.error("{}: could not prepare catalog version {}; {}", purpose, version, meanwhile(held), ex);
		}
		catch (OutOfMemoryError ex) {
			failed = version;
			log.error("{}: not enough memory to prepare catalog version {}; {}. {}", purpose, version,
					meanwhile(held), CatalogPreparation.heapAdvice());
		}
	}

	private record Built<T>(T value, long millis) {
	}

	private String meanwhile(T held) {
		if (whileMissing != null) {
			return whileMissing;
		}
		return "still serving " + (held == null ? "nothing" : "version " + versionOf.applyAsInt(held));
	}

	@Override
	public void start() {
		synchronized (this) {
			executor = Executors.newSingleThreadExecutor(task -> {
				Thread thread = new Thread(task, "catalog-" + purpose.split(" ")[0].toLowerCase(Locale.ROOT));
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
			if (executor != null) {
				// Not shutdownNow: an interrupt inside H2's file I/O closes the database file under
				// every connection. A build in progress ends when the connection pool closes.
				executor.shutdown();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * Whether the cache starts with the application: building the current version at once and on
	 * every change. Not started, it builds only what {@link #current()} is asked for.
	 */
	@Override
	public boolean isAutoStartup() {
		return autoStartup;
	}

	public void setAutoStartup(boolean autoStartup) {
		this.autoStartup = autoStartup;
	}

	/**
	 * Whether this cache's builds go before other waiting preparations ({@link CatalogPreparation}):
	 * for a value whose absence costs the most while a new version is prepared.
	 */
	public void setUrgent(boolean urgent) {
		this.urgent = urgent;
	}

	/**
	 * What answers for a version this cache could not prepare, for the log, when it is not the
	 * value still held ("still serving version 8", the default): the search answers the current
	 * version from the database instead of an older index.
	 */
	public void setWhileMissing(String whileMissing) {
		this.whileMissing = whileMissing;
	}

}
