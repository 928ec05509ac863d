package org.aimnav.catalog.bench;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.stats.CatalogStatistics;
import org.aimnav.catalog.stats.CatalogSummary;
import org.aimnav.catalog.support.SyntheticPrograms;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The statistics of one catalog version computed with Tablesaw from programs in memory, next to a
 * reference measured in the same run: one plain pass over the same programs that only counts them
 * by credential and sums their tuition (the least any summary costs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xmx2g" })
public class CatalogStatisticsBenchmark {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	@Param({ "10000", "100000" })
	int size;

	List<Program> programs;

	CatalogStatistics statistics;

	@Setup
	public void generate() {
		Taxonomy taxonomy = Taxonomy.load(Taxonomy.class.getResourceAsStream("/taxonomy/topics.json"));
		programs = SyntheticPrograms.generate(size, 42, taxonomy);
		statistics = new CatalogStatistics(taxonomy.codes());
	}

	@Benchmark
	public CatalogSummary summary() {
		return statistics.compute(1, consumer -> programs.forEach(consumer), TODAY);
	}

	@Benchmark
	public Map<Credential, Double> referenceOnePass() {
		Map<Credential, Double> tuition = new EnumMap<>(Credential.class);
		for (Program program : programs) {
			tuition.merge(program.credential(), program.tuitionUsd() == null ? 0 : program.tuitionUsd().doubleValue(),
					Double::sum);
		}
		return tuition;
	}

}
