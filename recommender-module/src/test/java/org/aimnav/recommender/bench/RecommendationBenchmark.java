package org.aimnav.recommender.bench;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.support.SyntheticPrograms;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.recommender.engine.CatalogSnapshot;
import org.aimnav.recommender.engine.Recommender;
import org.aimnav.recommender.engine.RecommenderProperties;
import org.aimnav.recommender.evaluation.InterestOverlapBaseline;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.MustHave;
import org.aimnav.recommender.profile.Persona;
import org.aimnav.recommender.profile.Personas;
import org.aimnav.recommender.profile.ProfileValidator;
import org.aimnav.recommender.result.RecommendationResult;
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
 * One recommendation (top 10, explained) on synthetic catalogs of 1k, 10k and 100k programs, in
 * JMH's sample-time mode for percentiles. The four personas take turns; {@code overConstrained}
 * adds must-haves that leave fewer results than asked, so relaxations are computed too. The
 * reference, {@code baselineScan}, is the interest-overlap baseline: a plain linear scan over the
 * program records with a top-10 heap, measured in the same run for a ratio.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = { "-Xms3g", "-Xmx3g" })
public class RecommendationBenchmark {

	@Param({ "1000", "10000", "100000" })
	int size;

	private CatalogSnapshot snapshot;

	private Recommender recommender;

	private InterestOverlapBaseline baseline;

	private LearnerProfile[] profiles;

	private LearnerProfile overConstrained;

	private int next;

	@Setup(Level.Trial)
	public void prepare() throws Exception {
		Taxonomy taxonomy = taxonomy();
		List<Program> programs = SyntheticPrograms.generate(size, 42, taxonomy);
		snapshot = CatalogSnapshot.build(1, LocalDate.of(2026, 11, 28), programs, taxonomy);
		recommender = new Recommender(RecommenderProperties.defaults());
		baseline = new InterestOverlapBaseline(programs, taxonomy);
		try (InputStream json = getClass().getResourceAsStream("/recommender/personas.json")) {
			profiles = Personas.load(json, new ProfileValidator(taxonomy))
				.all()
				.stream()
				.map(Persona::profile)
				.toArray(LearnerProfile[]::new);
		}
		overConstrained = profiles[0].toBuilder()
			.credentials(Credential.SHORT_COURSE)
			.deliveryFormats(DeliveryFormat.ONLINE)
			.maxBudgetUsd("300")
			.country("MX")
			.mustHave(MustHave.CREDENTIAL, MustHave.DELIVERY_FORMAT, MustHave.BUDGET, MustHave.COUNTRY)
			.build();
	}

	@Benchmark
	public RecommendationResult recommend() {
		return recommender.recommend(snapshot, profiles[next++ & 3]);
	}

	@Benchmark
	public RecommendationResult overConstrained() {
		return recommender.recommend(snapshot, overConstrained);
	}

	@Benchmark
	public List<String> baselineScan() {
		return baseline.recommend(profiles[next++ & 3]);
	}

	static Taxonomy taxonomy() {
		return Taxonomy.load(RecommendationBenchmark.class.getResourceAsStream("/taxonomy/topics.json"));
	}

}
