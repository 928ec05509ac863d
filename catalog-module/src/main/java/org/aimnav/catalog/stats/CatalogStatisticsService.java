package org.aimnav.catalog.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.version.CatalogPreparation;
import org.aimnav.catalog.version.CatalogVersion;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.catalog.version.CurrentCatalogChanged;
import org.aimnav.catalog.version.VersionNotFoundException;
import org.aimnav.catalog.version.VersionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * Statistics per catalog version, computed once and cached: a published version's content never
 * changes, so only the day (freshness ages) makes a cached summary old. The current version's
 * summary is computed as soon as it becomes current, before anyone asks.
 */
public class CatalogStatisticsService {

	private static final Logger log = LoggerFactory.getLogger(CatalogStatisticsService.class);

	/** A handful of versions are worth keeping; older ones are recomputed on demand. */
	private static final int CACHED_VERSIONS = 8;

	private final CatalogVersions versions;

	private final ProgramRepository programs;

	private final CatalogStatistics statistics;

	private final Clock clock;

	private final CatalogPreparation preparation;

	private final Map<Key, CatalogSummary> cache = new ConcurrentHashMap<>();

	private volatile boolean closing;

	private final ExecutorService precompute = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "catalog-statistics");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean precomputing = true;

	public CatalogStatisticsService(CatalogVersions versions, ProgramRepository programs, Taxonomy taxonomy,
			Clock clock, CatalogPreparation preparation) {
		this.versions = versions;
		this.preparation = preparation;
		this.programs = programs;
		this.statistics = new CatalogStatistics(taxonomy.codes());
		this.clock = clock;
	}

	/**
	 * Whether a version's summary is computed as soon as it becomes current (the default), or only
	 * when asked for (the command-line import, which serves nothing).
	 */
	public void setPrecompute(boolean precompute) {
		this.precomputing = precompute;
	}

	/** The current version's summary. */
	public CatalogSummary current() {
		return summary(versions.requireCurrentVersion());
	}

	/** A published version's summary; {@link VersionNotFoundException} for any other. */
	public CatalogSummary summary(int version) {
		Key key = new Key(version, LocalDate.now(clock));
		CatalogSummary cached = cache.get(key);
		if (cached != null) {
			// Only published versions are ever cached, and a published version stays published.
			return cached;
		}
		CatalogVersion found = versions.find(version).orElseThrow(() -> new VersionNotFoundException(version));
		if (found.status() != VersionStatus.PUBLISHED) {
			throw new VersionNotFoundException(version);
		}
		return computeOnce(key);
	}

	/** One computation per version at a time, however many requests ask at once. */
	private synchronized CatalogSummary computeOnce(Key key) {
		CatalogSummary cached = cache.get(key);
		if (cached != null) {
			return cached;
		}
		long started = System.nanoTime();
		CatalogSummary summary = statistics.compute(key.version(),
				consumer -> programs.forEach(key.version(), consumer), key.day());
		log.info("Computed statistics of catalog version {} ({} programs) in {} ms", key.version(),
				summary.programCount(), (System.nanoTime() - started) / 1_000_000);
		evictOld(key);
		cache.put(key, summary);
		return summary;
	}

	/**
	 * Precomputes the new current version's summary in the background: whoever published it (an
	 * import, a rollback) does not wait for statistics.
	 */
	@EventListener
	void onCurrentCatalogChanged(CurrentCatalogChanged event) {
		if (!precomputing) {
			return;
		}
		precompute.execute(() -> {
			try {
				preparation.oneAtATime(() -> summary(event.version()));
			}
			catch (OutOfMemoryError ex) {
				log.error("Not enough memory to compute the statistics of catalog version {}; they will be computed "
						+ "when asked for. {}", event.version(), CatalogPreparation.heapAdvice());
			}
			catch (RuntimeException ex) {
				if (closing) {
					return; // the application stops (a command-line import ends): nobody will ask
				}
				// The summary will be computed on the first request instead.
				log.warn("Could not precompute statistics of catalog version {}: {}", event.version(),
						ex.getMessage());
			}
		});
	}

	@PreDestroy
	void shutdown() {
		closing = true;
		// Not shutdownNow: interrupting Tablesaw's first class initialisation would break the class
		// for the rest of the JVM. A computation under way simply ends on its daemon thread.
		precompute.shutdown();
	}

	private void evictOld(Key adding) {
		cache.keySet().removeIf(key -> !key.day().equals(adding.day()));
		while (cache.size() >= CACHED_VERSIONS) {
			cache.keySet().stream().mapToInt(Key::version).min().ifPresent(oldest -> cache.keySet()
				.removeIf(key -> key.version() == oldest));
		}
	}

	private record Key(int version, LocalDate day) {
	}

}
