package org.aimnav.web.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.program.SearchIndex;
import org.aimnav.catalog.stats.CatalogStatisticsService;
import org.aimnav.catalog.support.SyntheticPrograms;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.catalog.version.CurrentVersionCache;
import org.aimnav.recommender.Recommendations;
import org.aimnav.web.AimNavigatorApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.util.FileSystemUtils;

/**
 * The heap a served catalog takes, and the smallest heap in which the platform replaces it. The
 * platform holds the current version in memory, prepared for serving (the search index, the
 * recommender's snapshot with its Lucene index, the statistics), and prepares a new version beside
 * it before swapping; whether a heap is large enough depends on that swap, not on the import,
 * which streams.
 *
 * <p>
 * For each catalog size, trials in child JVMs of different maximum heaps (a binary search to 16 MB,
 * each with {@code -XX:+ExitOnOutOfMemoryError}, so that running out anywhere fails the trial):
 * each starts the platform, stages two versions of that many synthetic programs
 * ({@code SyntheticPrograms}, shaped like the curated catalog, two or three sentences of
 * description each), publishes the first and waits until it is prepared, then publishes the second
 * and waits until it has replaced the first everywhere. The reference, measured in the same trial,
 * is the same programs held as a plain list of records: what one version costs in memory before any
 * preparation. The prepared version's size is the heap left after a full collection, above the
 * platform idle on the curated catalog.
 *
 * <p>
 * Run: {@code ./mvnw -q -B -pl web-module -am -Pbench-memory -DskipTests verify}, sizes after
 * {@code -Dbench.args=} (default {@code 50000 100000 200000}).
 */
public final class ServingMemoryBenchmark {

	private static final long MB = 1024 * 1024;

	private static final int LOWEST_HEAP_MB = 128;

	private static final int HIGHEST_HEAP_MB = 4096;

	private static final long TRIAL_MINUTES = 8;

	public static void main(String[] args) throws Exception {
		List<Integer> sizes = new ArrayList<>();
		for (String arg : args.length > 0 ? args : new String[] { "50000", "100000", "200000" }) {
			sizes.add(Integer.parseInt(arg));
		}
		System.out.printf(Locale.ROOT, "Serving memory: Java %s, %d cores; each trial a fresh platform on H2%n%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
		System.out.println("| programs | plain records | prepared for serving | per program | prepared / plain "
				+ "| smallest heap that swaps | that heap / prepared | trials |");
		System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
		for (int size : sizes) {
			int fails = LOWEST_HEAP_MB;
			int passes = HIGHEST_HEAP_MB;
			Trial passed = trial(size, passes);
			if (passed == null) {
				System.out.printf(Locale.ROOT, "| %,d | did not swap in %d MB |%n", size, passes);
				continue;
			}
			int trials = 1;
			while (passes - fails > 16) {
				int heap = (fails + passes) / 2;
				Trial result = trial(size, heap);
				trials++;
				if (result == null) {
					fails = heap;
				}
				else {
					passes = heap;
					passed = result;
				}
			}
			System.out.printf(Locale.ROOT, "| %,d | %d MB | %d MB | %,d bytes | %.2fx | %d MB | %.2fx | %d |%n", size,
					passed.plain() / MB, passed.prepared() / MB, passed.prepared() / size,
					(double) passed.prepared() / passed.plain(), passes, (double) passes * MB / passed.prepared(),
					trials);
		}
	}

	private record Trial(long plain, long prepared) {
	}

	/** One swap in a child JVM of {@code heapMb}; null when it ran out of memory or out of time. */
	private static Trial trial(int size, int heapMb) throws Exception {
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + heapMb + "m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
				SwapTrial.class.getName(), String.valueOf(size))
			.redirectErrorStream(true)
			.start();
		List<String> lines = new ArrayList<>();
		Thread reader = new Thread(() -> new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
			.lines()
			.forEach(lines::add));
		reader.start();
		boolean ended = child.waitFor(TRIAL_MINUTES, TimeUnit.MINUTES);
		if (!ended) {
			child.destroyForcibly().waitFor();
		}
		reader.join();
		String result = lines.stream().filter(line -> line.startsWith("RESULT ")).findFirst().orElse(null);
		System.err.printf(Locale.ROOT, "  %,d programs in %d MB: %s%n", size, heapMb,
				!ended ? "out of time" : result != null ? "swapped" : "failed (exit " + child.exitValue() + ")");
		if (!ended || result == null || child.exitValue() != 0) {
			return null;
		}
		String[] figures = result.split(" ");
		return new Trial(Long.parseLong(figures[1]), Long.parseLong(figures[2]));
	}

	/** The heap in use after a full collection: what is live. */
	private static long liveHeap() {
		for (int i = 0; i < 2; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/**
	 * One trial: prints {@code RESULT <plain bytes> <prepared bytes>} and exits 0 once the second
	 * version has replaced the first; the JVM exits on the first {@link OutOfMemoryError}.
	 */
	public static final class SwapTrial {

		public static void main(String[] args) throws Exception {
			int size = Integer.parseInt(args[0]);
			Path dataDir = Files.createTempDirectory("aimnav-memory-bench");
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AimNavigatorApplication.class)
				.properties("logging.level.root=WARN")
				.run("--server.port=0", "--aimnav.data-dir=" + dataDir, "--aimnav.admin.password=bench",
						"--aimnav.recommender.log.enabled=false")) {
				Platform platform = new Platform(context);
				platform.awaitPrepared(platform.versions.requireCurrentVersion());
				long idle = liveHeap();
				// Both versions are staged first: the lists made here are gone before anything is prepared.
				List<Program> programs = SyntheticPrograms.generate(size, 1, platform.taxonomy);
				long plain = liveHeap() - idle;
				int first = platform.stage(programs);
				programs = SyntheticPrograms.generate(size, 2, platform.taxonomy);
				int second = platform.stage(programs);
				programs = null;

				platform.publish(first);
				platform.awaitPrepared(first);
				long prepared = liveHeap() - idle;
				platform.publish(second);
				platform.awaitPrepared(second);
				System.out.println("RESULT " + plain + " " + prepared);
			}
			finally {
				FileSystemUtils.deleteRecursively(dataDir);
			}
		}

	}

	/** The platform's parts that a trial drives and watches. */
	private static final class Platform {

		final CatalogVersions versions;

		final ProgramRepository programs;

		final Taxonomy taxonomy;

		final CurrentVersionCache<SearchIndex> searchIndexes;

		final Recommendations recommendations;

		final CatalogStatisticsService statistics;

		@SuppressWarnings("unchecked")
		Platform(ConfigurableApplicationContext context) {
			this.versions = context.getBean(CatalogVersions.class);
			this.programs = context.getBean(ProgramRepository.class);
			this.taxonomy = context.getBean(Taxonomy.class);
			this.searchIndexes = (CurrentVersionCache<SearchIndex>) context.getBeanProvider(
					ResolvableType.forClassWithGenerics(CurrentVersionCache.class, SearchIndex.class))
				.getObject();
			this.recommendations = context.getBean(Recommendations.class);
			this.statistics = context.getBean(CatalogStatisticsService.class);
		}

		int stage(List<Program> content) {
			int version = versions.createStaging("bench-" + System.nanoTime());
			for (int from = 0; from < content.size(); from += 10_000) {
				programs.insertAll(version, content.subList(from, Math.min(content.size(), from + 10_000)));
			}
			return version;
		}

		void publish(int version) {
			versions.publish(version, versions.checksum(version));
		}

		/** Until the search index and the recommender hold the version and its statistics are ready. */
		void awaitPrepared(int version) throws InterruptedException {
			while (searchIndexes.held(version).isEmpty()
					|| recommendations.catalogVersion().orElse(-1) != version) {
				Thread.sleep(50);
			}
			statistics.summary(version);
		}

	}

}
