package org.aimnav.catalog.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.support.TestPrograms;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

import static org.aimnav.catalog.support.TestPrograms.program;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Statistics against computations made independently here, on fixtures and on the curated catalog. */
class CatalogStatisticsTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	final Taxonomy taxonomy = Taxonomy.load(getClass().getResourceAsStream("/taxonomy/topics.json"));

	final CatalogStatistics statistics = new CatalogStatistics(taxonomy.codes());

	final List<Program> fixture = List.of(
			program("ms-a").credential(Credential.MASTERS).tuition("10").months("12").country("US")
				.audiences(Audience.ENGINEER, Audience.CLINICIAN).topics("machine_learning", "ethics")
				.lastVerified("2026-10-01").build(),
			program("ms-b").credential(Credential.MASTERS).tuition("40").months("24").country("US")
				.format(DeliveryFormat.ONLINE).lastVerified("2025-01-01").build(),
			program("ms-c").credential(Credential.MASTERS).tuition("20").country("GB").build(),
			program("ms-blank").credential(Credential.MASTERS).institution("Other University").build(),
			program("phd-a").credential(Credential.PHD).tuition("0").months("48").topics("genomics").build(),
			program("phd-b").credential(Credential.PHD).tuition("100").months("60").build(),
			program("phd-c").credential(Credential.PHD).tuition("30").build(),
			program("phd-d").credential(Credential.PHD).tuition("10").lastVerified("2020-05-05").build(),
			program("short-unknown").credential(Credential.SHORT_COURSE).months("0.5").build());

	@Test
	void distributionsUseStatedValuesOnlyWithOddAndEvenMedians() {
		CatalogSummary summary = compute(fixture);

		Distribution masters = summary.tuitionUsd().get("byCredential").get("masters");
		assertThat(masters.count()).isEqualTo(3); // the blank is not a zero
		assertThat(masters.min()).isEqualTo(10);
		assertThat(masters.median()).isEqualTo(20); // odd count: the middle value
		assertThat(masters.max()).isEqualTo(40);
		assertThat(masters.mean()).isCloseTo(70.0 / 3, within(1e-9));
		assertThat(masters.q1()).isEqualTo(10); // p(n+1) estimation: position 1
		assertThat(masters.q3()).isEqualTo(40); // position 3

		Distribution phd = summary.tuitionUsd().get("byCredential").get("phd");
		assertThat(phd.count()).isEqualTo(4);
		assertThat(phd.median()).isEqualTo(20); // even count: mean of 10 and 30
		assertThat(phd.q1()).isEqualTo(2.5); // position 1.25 between 0 and 10
		assertThat(phd.q3()).isEqualTo(82.5); // position 3.75 between 30 and 100
		assertThat(phd.mean()).isEqualTo(35);
	}

	@Test
	void aCredentialWithNoStatedValueHasNoDistribution() {
		CatalogSummary summary = compute(fixture);

		assertThat(summary.tuitionUsd().get("byCredential")).containsOnlyKeys("masters", "phd");
		assertThat(summary.durationMonths().get("byCredential")).containsOnlyKeys("masters", "phd", "short_course");
		assertThat(summary.durationMonths().get("byCredential").get("short_course").median()).isEqualTo(0.5);
	}

	@Test
	void countsCoverEveryFacetAndListColumnsCountOncePerValue() {
		CatalogSummary summary = compute(fixture);

		assertThat(summary.programCount()).isEqualTo(9);
		assertThat(summary.institutionCount()).isEqualTo(2);
		assertThat(summary.countryCount()).isEqualTo(2);
		assertThat(summary.byCredential()).containsExactly(Map.entry("phd", 4L), Map.entry("masters", 4L),
				Map.entry("short_course", 1L));
		assertThat(summary.byDeliveryFormat()).containsExactly(Map.entry("online", 1L));
		assertThat(summary.byPace()).isEmpty();
		assertThat(summary.byCountry()).containsExactly(Map.entry("US", 2L), Map.entry("GB", 1L));
		assertThat(summary.byAudience()).containsEntry("student", 8L).containsEntry("engineer", 1L)
			.containsEntry("clinician", 1L);
		assertThat(summary.byTopic()).containsEntry("machine_learning", 8L).containsEntry("ethics", 1L)
			.containsEntry("genomics", 1L);
		assertThat(summary.topicByCredential().get("genomics")).containsEntry("phd", 1L).containsEntry("masters", 0L);
		assertThat(summary.topicByCredential()).hasSize(22);
		assertThat(summary.topicByCredential().get("nlp").values()).containsOnly(0L);
	}

	@Test
	void completenessAndBlanksPerColumn() {
		CatalogSummary summary = compute(fixture);

		assertThat(summary.completeness().get("program_id")).isEqualTo(1.0);
		assertThat(summary.completeness().get("tuition_usd")).isCloseTo(7.0 / 9, within(1e-9));
		assertThat(summary.completeness().get("pace")).isZero();
		assertThat(summary.completeness()).hasSize(17);
		assertThat(summary.notStated()).containsEntry("tuition_usd", 2L).containsEntry("country", 6L)
			.doesNotContainKey("program_id");
	}

	@Test
	void freshnessCountsAgesAndUnconfirmedRows() {
		Freshness freshness = compute(fixture).freshness();

		assertThat(freshness.asOf()).isEqualTo(TODAY);
		assertThat(freshness.verifiedCount()).isEqualTo(3);
		assertThat(freshness.unconfirmedCount()).isEqualTo(6);
		assertThat(freshness.unconfirmedShare()).isCloseTo(6.0 / 9, within(1e-9));
		assertThat(freshness.oldestVerified()).isEqualTo(LocalDate.of(2020, 5, 5));
		assertThat(freshness.newestVerified()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(freshness.medianAgeDays()).isEqualTo((double) java.time.temporal.ChronoUnit.DAYS
			.between(LocalDate.of(2025, 1, 1), TODAY));
		assertThat(freshness.byAge()).containsEntry("under_6_months", 1L).containsEntry("1_to_2_years", 1L)
			.containsEntry("over_2_years", 1L).containsEntry("unconfirmed", 6L);
	}

	@Test
	void anEmptyCatalogHasZerosNotErrors() {
		CatalogSummary summary = compute(List.of());

		assertThat(summary.programCount()).isZero();
		assertThat(summary.tuitionUsd().get("byCredential")).isEmpty();
		assertThat(summary.freshness().medianAgeDays()).isNull();
	}

	@Test
	void theCuratedCatalogMatchesAnIndependentComputation() {
		List<Program> curated = TestPrograms.curated();
		CatalogSummary summary = compute(curated);

		assertThat(summary.programCount()).isEqualTo(curated.size());
		assertThat(summary.institutionCount()).isEqualTo(curated.stream().map(Program::institution).distinct().count());
		assertThat(summary.byCredential()).isEqualTo(countBy(curated, p -> p.credential().code()));
		Map<String, Long> topics = new TreeMap<>();
		curated.forEach(p -> p.topics().forEach(t -> topics.merge(t, 1L, Long::sum)));
		assertThat(new TreeMap<>(summary.byTopic())).isEqualTo(topics);
		Map<String, List<Double>> tuitions = curated.stream()
			.filter(p -> p.tuitionUsd() != null)
			.collect(Collectors.groupingBy(p -> p.credential().code(),
					Collectors.mapping(p -> p.tuitionUsd().doubleValue(), Collectors.toList())));
		assertThat(summary.tuitionUsd().get("byCredential")).containsOnlyKeys(tuitions.keySet());
		tuitions.forEach((credential, values) -> {
			Distribution distribution = summary.tuitionUsd().get("byCredential").get(credential);
			assertThat(distribution.count()).isEqualTo(values.size());
			assertThat(distribution.max()).isEqualTo(values.stream().mapToDouble(v -> v).max().orElseThrow());
			assertThat(distribution.median()).isEqualTo(median(values));
		});
	}

	private CatalogSummary compute(List<Program> programs) {
		return statistics.compute(1, consumer -> programs.forEach(consumer), TODAY);
	}

	private static Map<String, Long> countBy(List<Program> programs, Function<Program, String> key) {
		return new TreeMap<>(programs.stream().collect(Collectors.groupingBy(key, Collectors.counting())));
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}


}
