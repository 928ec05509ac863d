package org.aimnav.recommender;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.support.TestPrograms;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.recommender.demand.DemandAnalytics;
import org.aimnav.recommender.demand.DemandSummary;
import org.aimnav.recommender.demand.DemandSummary.CountedValue;
import org.aimnav.recommender.demand.DemandSummary.ProgramDemand;
import org.aimnav.recommender.demand.DemandSummary.ProgramRef;
import org.aimnav.recommender.demand.DemandSummary.UnmetConstraint;
import org.aimnav.recommender.demand.DemandWindow;
import org.aimnav.recommender.demand.RecommendationLog;
import org.aimnav.recommender.profile.Goal;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.MustHave;
import org.aimnav.recommender.profile.Personas;
import org.aimnav.recommender.result.RecommendationResult;
import org.aimnav.recommender.result.RecommendedProgram;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.aimnav.catalog.support.TestPrograms.program;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * What the recommender promises where it meets the database, run against each database the
 * product supports (a subclass per database): the snapshot follows the current catalog version,
 * every request is logged, and demand analytics read the log the same way everywhere.
 */
abstract class RecommenderStoreContract {

	private static final Duration SWAP = Duration.ofSeconds(20);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CatalogVersions versions;

	@Autowired
	ProgramRepository programs;

	@Autowired
	Recommendations recommendations;

	@Autowired
	RecommendationLog log;

	@Autowired
	DemandAnalytics demand;

	@Autowired
	Personas personas;

	@BeforeEach
	void emptyLog() {
		log.flush(SWAP);
		jdbc.update("DELETE FROM recommendation_result");
		jdbc.update("DELETE FROM recommendation_request_goal");
		jdbc.update("DELETE FROM recommendation_request_interest");
		jdbc.update("DELETE FROM recommendation_request");
	}

	@Test
	void migrationsAddTheRequestLogOnEveryDatabase() {
		List<String> applied = jdbc.queryForList(
				"SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"",
				String.class);

		assertThat(applied).containsSubsequence("1", "1.1", "4", "4.1");
	}

	@Test
	void recommendationsFollowTheCurrentVersionThroughPublishAndRollback() {
		LearnerProfile clinician = personas.find("clinician").orElseThrow().profile();
		int first = publish(TestPrograms.curated());
		awaitVersion(first);
		RecommendationResult before = recommendations.recommend(clinician);
		String top = before.results().get(0).programId();

		int second = publish(TestPrograms.curated().stream().filter(p -> !p.programId().equals(top)).toList());
		awaitVersion(second);
		RecommendationResult after = recommendations.recommend(clinician);

		assertThat(before.catalogVersion()).isEqualTo(first);
		assertThat(after.catalogVersion()).isEqualTo(second);
		assertThat(ids(after)).doesNotContain(top);

		versions.activate(first);
		awaitVersion(first);
		assertThat(recommendations.recommend(clinician)).isEqualTo(before);
	}

	@Test
	void requestsNeverSeeHalfACatalog() throws Exception {
		List<Program> a = generation("alpha", 300);
		List<Program> b = generation("beta", 300);
		Map<Integer, String> prefixOf = new ConcurrentHashMap<>();
		int v = publish(a);
		prefixOf.put(v, "alpha");
		awaitVersion(v);
		LearnerProfile profile = LearnerProfile.builder().interests("machine_learning").limit(20).build();
		AtomicBoolean done = new AtomicBoolean();
		List<String> torn = new CopyOnWriteArrayList<>();
		AtomicInteger answered = new AtomicInteger();
		Set<Integer> seen = ConcurrentHashMap.newKeySet();
		List<Thread> readers = new ArrayList<>();
		for (int t = 0; t < 2; t++) {
			Thread reader = new Thread(() -> {
				while (!done.get()) {
					RecommendationResult result = recommendations.recommend(profile);
					String prefix = prefixOf.get(result.catalogVersion());
					if (prefix == null || result.results().size() != 20
							|| !ids(result).stream().allMatch(id -> id.startsWith(prefix))) {
						torn.add(result.catalogVersion() + ": " + ids(result));
					}
					answered.incrementAndGet();
					seen.add(result.catalogVersion());
					// Each answer is logged: leave the log writer a few thousand rows, not millions.
					pause(5);
				}
			});
			reader.start();
			readers.add(reader);
		}
		for (int round = 0; round < 4; round++) {
			boolean even = round % 2 == 0;
			int staged = versions.createStaging("swap-" + round);
			prefixOf.put(staged, even ? "beta" : "alpha");
			programs.insertAll(staged, even ? b : a);
			versions.publish(staged, versions.checksum(staged));
			awaitVersion(staged);
		}
		done.set(true);
		for (Thread reader : readers) {
			reader.join();
		}

		assertThat(seen).as("versions answered from while swapping").hasSizeGreaterThan(2);
		assertThat(torn).isEmpty();
	}

	@Test
	void everyRecommendationIsLoggedAndDemandAnalyticsReadTheLog() {
		int version = publish(TestPrograms.curated());
		awaitVersion(version);
		LearnerProfile onlinePhd = LearnerProfile.builder()
			.role(Audience.STUDENT)
			.goals(Goal.RESEARCH)
			.interests("machine_learning", "research_methods")
			.interestsText("Write to me at jane.doe@example.org or +1 617 555 0100")
			.credentials(Credential.PHD)
			.deliveryFormats(DeliveryFormat.ONLINE)
			.mustHave(MustHave.CREDENTIAL, MustHave.DELIVERY_FORMAT)
			.build();
		LearnerProfile executive = personas.find("executive").orElseThrow().profile();
		RecommendationResult phd = recommendations.recommend(onlinePhd);
		recommendations.recommend(onlinePhd);
		RecommendationResult exec = recommendations.recommend(executive);

		assertThat(log.flush(SWAP)).isTrue();
		DemandSummary summary = demand.summary(DemandWindow.all(), 3, version);

		assertThat(phd.results()).isEmpty();
		assertThat(summary.requestCount()).isEqualTo(3);
		assertThat(summary.topRoles()).extracting(CountedValue::value, CountedValue::label, CountedValue::count)
			.containsExactly(tuple("student", "Student", 2L),
					tuple("executive", "Executive", 1L));
		assertThat(summary.topGoals()).extracting(CountedValue::value, CountedValue::label, CountedValue::count)
			.containsExactly(tuple("research", "Research", 2L),
					tuple("leadership", "Leadership", 1L));
		assertThat(summary.topInterests()).extracting(CountedValue::value, CountedValue::label, CountedValue::count)
			.containsExactly(tuple("machine_learning", "Machine learning", 2L),
					tuple("research_methods", "Research methods", 2L),
					tuple("ethics", "Ethics", 1L));
		// Each of the executive's results was recommended once: equal counts come in id order.
		List<RecommendedProgram> byId = exec.results()
			.stream()
			.sorted(Comparator.comparing(RecommendedProgram::programId))
			.limit(3)
			.toList();
		assertThat(summary.mostRecommended()).extracting(p -> p.programId(), p -> p.recommendations(),
				p -> p.averageRank())
			.containsExactlyElementsOf(byId.stream()
				.map(r -> tuple(r.programId(), 1L, (double) r.rank()))
				.toList());
		assertThat(summary.neverRecommended()).hasSize(36 - exec.results().size())
			.extracting(DemandSummary.ProgramRef::programId)
			.doesNotContainAnyElementsOf(ids(exec));
		assertThat(summary.neverRecommendedCount()).isEqualTo(36 - exec.results().size());
		assertThat(demand.neverRecommended(DemandWindow.all(), summary.catalogVersion(), 3)).as("the first three by id")
			.containsExactlyElementsOf(summary.neverRecommended().subList(0, 3));
		assertThat(summary.unmetConstraints()).containsExactly(
				new UnmetConstraint("deliveryFormat=online;credential=phd", "online, PhD", 2, 0, 0));
		assertThat(summary.requestsByDay()).hasSize(1).first().satisfies(day -> assertThat(day.requests()).isEqualTo(3));
		assertThat(jdbc.queryForList("SELECT interests_text FROM recommendation_request WHERE learner_role = 'student'",
				String.class))
			.containsOnly("Write to me at [email] or [number]");
		assertThat(jdbc.queryForObject(
				"SELECT relaxations FROM recommendation_request WHERE learner_role = 'student' FETCH FIRST 1 ROWS ONLY",
				String.class))
			.startsWith("[{\"constraint\":\"deliveryFormat\"");
	}

	@Test
	void programsMostAndNeverRecommendedComeFromTheSameRequestsWhateverVersionTheyWereMadeOn() {
		int first = publish(TestPrograms.curated());
		awaitVersion(first);
		RecommendationResult exec = recommendations.recommend(personas.find("executive").orElseThrow().profile());
		assertThat(log.flush(SWAP)).isTrue();
		String dropped = exec.results().get(0).programId();
		int second = publish(TestPrograms.curated().stream().filter(p -> !p.programId().equals(dropped)).toList());

		DemandSummary summary = demand.summary(DemandWindow.all(), 50, second);

		assertThat(summary.mostRecommended()).extracting(ProgramDemand::programId)
			.containsExactlyInAnyOrderElementsOf(ids(exec));
		assertThat(summary.mostRecommended()).filteredOn(p -> p.programId().equals(dropped))
			.singleElement()
			.satisfies(p -> assertThat(p.inCatalog()).as("no longer in the catalog").isFalse());
		assertThat(summary.mostRecommended()).filteredOn(p -> !p.programId().equals(dropped))
			.allSatisfy(p -> assertThat(p.programName()).isNotBlank());
		assertThat(summary.neverRecommended()).extracting(ProgramRef::programId)
			.as("a program recommended on the version before is not 'never recommended'")
			.doesNotContainAnyElementsOf(ids(exec));
		assertThat(summary.neverRecommendedCount()).isEqualTo(35 - (exec.results().size() - 1));
	}

	@Test
	void aWindowSelectsRequestsByTimeAndDaysAreCountedInUtc() {
		int version = publish(TestPrograms.curated());
		awaitVersion(version);
		RecommendationResult result = recommendations.recommend(personas.find("engineer").orElseThrow().profile());
		assertThat(log.flush(SWAP)).isTrue();
		jdbc.update("DELETE FROM recommendation_result");
		jdbc.update("DELETE FROM recommendation_request_goal");
		jdbc.update("DELETE FROM recommendation_request_interest");
		jdbc.update("DELETE FROM recommendation_request");
		log.record(result, Instant.parse("2026-03-01T23:59:59Z"));
		log.record(result, Instant.parse("2026-03-02T00:00:00Z"));
		log.record(result, Instant.parse("2026-03-02T12:00:00Z"));
		assertThat(log.flush(SWAP)).isTrue();

		DemandWindow march2 = new DemandWindow(Instant.parse("2026-03-02T00:00:00Z"),
				Instant.parse("2026-03-03T00:00:00Z"));

		assertThat(demand.requestsByDay(DemandWindow.all())).extracting(d -> d.day().toString(), d -> d.requests())
			.containsExactly(tuple("2026-03-01", 1L),
					tuple("2026-03-02", 2L));
		assertThat(demand.requestCount(march2)).isEqualTo(2);
		assertThat(demand.topRoles(march2, 5)).extracting(CountedValue::count).containsExactly(2L);
		assertThat(demand.mostRecommended(new DemandWindow(Instant.parse("2027-01-01T00:00:00Z"), null), 5, version))
			.isEmpty();
	}

	@Test
	void requestsOlderThanTheRetentionAreDeletedWithTheirResults() {
		int version = publish(TestPrograms.curated());
		awaitVersion(version);
		RecommendationResult result = recommendations.recommend(personas.find("researcher").orElseThrow().profile());
		assertThat(log.flush(SWAP)).isTrue();
		jdbc.update("DELETE FROM recommendation_request");
		Instant now = Instant.parse("2026-06-30T12:00:00Z");
		log.record(result, now.minus(Duration.ofDays(366)));
		log.record(result, now.minus(Duration.ofDays(364)));
		assertThat(log.flush(SWAP)).isTrue();
		assertThat(result.results()).isNotEmpty();

		assertThat(log.purge(now)).isEqualTo(1);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recommendation_request", Long.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recommendation_result", Long.class))
			.isEqualTo(result.results().size());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recommendation_request_goal", Long.class))
			.isEqualTo(result.profileEcho().goals().size());
		assertThat(log.purge(now)).isZero();
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void awaitVersion(int version) {
		await().atMost(SWAP).until(() -> recommendations.catalogVersion().orElse(-1) == version);
	}

	private int publish(List<Program> content) {
		int version = versions.createStaging("test-" + System.nanoTime() % 100000);
		programs.insertAll(version, content);
		versions.publish(version, versions.checksum(version));
		return version;
	}

	private static List<Program> generation(String prefix, int size) {
		List<Program> programs = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			programs.add(program(String.format("%s-%04d", prefix, i)).topics("machine_learning").build());
		}
		return programs;
	}

	private static List<String> ids(RecommendationResult result) {
		return result.results().stream().map(RecommendedProgram::programId).toList();
	}

}
