package org.aimnav.recommender.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.support.SyntheticPrograms;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.recommender.engine.CatalogSnapshot;
import org.aimnav.recommender.engine.Recommender;
import org.aimnav.recommender.engine.RecommenderProperties;
import org.aimnav.recommender.evaluation.InterestOverlapBaseline;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.Persona;
import org.aimnav.recommender.profile.Personas;
import org.aimnav.recommender.profile.ProfileValidator;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * What the {@code bench} profile runs: the JMH benchmarks (wall-clock percentiles, with their
 * arguments), then a probe of thread CPU time per recommendation on the same synthetic catalogs.
 * CPU time leaves out the time a thread waits for a core, so on a shared machine it shows what a
 * request costs while the wall-clock percentiles show what it waited; the load average is printed
 * before and after so that a reader can tell which one to trust.
 */
public final class BenchmarkMain {

	private static final int WARM_UP = 1500;

	private static final int MEASURED = 1000;

	private BenchmarkMain() {
	}

	public static void main(String[] args) throws Exception {
		System.out.println("Load average before: " + loadAverage());
		new Runner(new CommandLineOptions(args)).run();
		if (!Boolean.getBoolean("bench.skipCpuProbe")) {
			cpuProbe();
		}
		System.out.println("Load average after: " + loadAverage());
	}

	private static void cpuProbe() throws IOException {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Taxonomy taxonomy = RecommendationBenchmark.taxonomy();
		LearnerProfile[] personas;
		try (InputStream json = BenchmarkMain.class.getResourceAsStream("/recommender/personas.json")) {
			personas = Personas.load(json, new ProfileValidator(taxonomy))
				.all()
				.stream()
				.map(Persona::profile)
				.toArray(LearnerProfile[]::new);
		}
		System.out.println();
		System.out.println("Thread CPU time per operation, personas in turn (ms)");
		System.out.println("| size | recommend cpu p50 | cpu p99 | wall p50 | wall p99 | baseline cpu p50 |");
		System.out.println("| --- | --- | --- | --- | --- | --- |");
		for (int size : new int[] { 1_000, 10_000, 100_000 }) {
			List<Program> programs = SyntheticPrograms.generate(size, 42, taxonomy);
			CatalogSnapshot snapshot = CatalogSnapshot.build(1, LocalDate.of(2026, 11, 28), programs, taxonomy);
			Recommender recommender = new Recommender(RecommenderProperties.defaults());
			InterestOverlapBaseline baseline = new InterestOverlapBaseline(programs, taxonomy);
			long[][] recommend = measure(threads, k -> recommender.recommend(snapshot, personas[k & 3]));
			long[][] reference = measure(threads, k -> baseline.recommend(personas[k & 3]));
			System.out.printf(Locale.ROOT, "| %d | %.2f | %.2f | %.2f | %.2f | %.2f |%n", size,
					percentile(recommend[0], 50), percentile(recommend[0], 99), percentile(recommend[1], 50),
					percentile(recommend[1], 99), percentile(reference[0], 50));
		}
	}

	/** {cpu nanos, wall nanos} per operation, after a warm-up. */
	private static long[][] measure(ThreadMXBean threads, java.util.function.IntFunction<Object> operation) {
		Object sink = null;
		for (int k = 0; k < WARM_UP; k++) {
			sink = operation.apply(k);
		}
		long[] cpu = new long[MEASURED];
		long[] wall = new long[MEASURED];
		for (int k = 0; k < MEASURED; k++) {
			long cpuStart = threads.getCurrentThreadCpuTime();
			long wallStart = System.nanoTime();
			sink = operation.apply(k);
			wall[k] = System.nanoTime() - wallStart;
			cpu[k] = threads.getCurrentThreadCpuTime() - cpuStart;
		}
		if (sink == null) {
			throw new IllegalStateException("no result");
		}
		return new long[][] { cpu, wall };
	}

	private static double percentile(long[] nanos, int percent) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip() + " (" + Runtime.getRuntime().availableProcessors()
					+ " cores)";
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

}
