package org.aimnav.recommender.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.support.SyntheticPrograms;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.recommender.engine.CatalogSnapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building the snapshot of a catalog version (arrays, bitsets, fits, Lucene text index) from
 * programs already in memory; reading them from the database is the catalog module's walk and is
 * not included. Single shots: a build happens once per published version.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = { "-Xms3g", "-Xmx3g" })
public class SnapshotBuildBenchmark {

	@Param({ "1000", "10000", "100000" })
	int size;

	private List<Program> programs;

	private Taxonomy taxonomy;

	@Setup(Level.Trial)
	public void prepare() {
		taxonomy = RecommendationBenchmark.taxonomy();
		programs = SyntheticPrograms.generate(size, 42, taxonomy);
	}

	@Benchmark
	public CatalogSnapshot build() {
		return CatalogSnapshot.build(1, LocalDate.of(2026, 11, 28), programs, taxonomy);
	}

}
