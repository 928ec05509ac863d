package org.aimnav.recommender.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.Program;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.MustHave;
import org.aimnav.recommender.result.RecommendationResult;
import org.aimnav.recommender.support.Catalogs;
import org.junit.jupiter.api.Test;

import static org.aimnav.catalog.support.TestPrograms.program;
import static org.aimnav.recommender.engine.RankingTests.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** Maximal marginal relevance keeps the top from being one institution or one credential. */
class DiversityTests {

	/**
	 * Five master's degrees from one university that cover both interests, and three programs from
	 * elsewhere, of other kinds, that cover both too but score a little lower (never verified).
	 */
	private static final List<Program> ONE_SCHOOL_DOMINATES = catalog();

	private static final LearnerProfile PROFILE = LearnerProfile.builder()
		.interests("machine_learning", "medical_imaging")
		.limit(5)
		.build();

	@Test
	void withoutDiversityTheBestScoresFillTheTop() {
		RecommendationResult result = new Recommender(RecommenderProperties.defaults().withDiversity(0))
			.recommend(Catalogs.of(ONE_SCHOOL_DOMINATES), PROFILE);

		assertThat(ids(result)).containsExactly("big-1", "big-2", "big-3", "big-4", "big-5");
	}

	@Test
	void diversityBringsOtherInstitutionsAndCredentialsIntoTheTop() {
		RecommendationResult result = new Recommender(RecommenderProperties.defaults())
			.recommend(Catalogs.of(ONE_SCHOOL_DOMINATES), PROFILE);

		assertThat(ids(result)).containsExactly("big-1", "other-cert", "other-course", "other-phd", "big-2");
		// The shown score is the diversified one: the list stays sorted by it, and the result placed
		// lower than its relevance says why.
		assertThat(result.results()).extracting(r -> r.score()).isSortedAccordingTo(Comparator.reverseOrder());
		var big2 = result.results().get(4);
		assertThat(big2.reasons()).filteredOn(reason -> reason.factor().equals("diversity"))
			.singleElement()
			.satisfies(reason -> {
				assertThat(reason.contribution()).isNegative();
				assertThat(reason.text()).contains("the same institution and credential as #1");
			});
	}

	@Test
	void aProfileCanSwitchDiversityOffOrTurnItUp() {
		Recommender recommender = new Recommender(RecommenderProperties.defaults());
		CatalogSnapshot snapshot = Catalogs.of(ONE_SCHOOL_DOMINATES);

		RecommendationResult off = recommender.recommend(snapshot, PROFILE.toBuilder().diversity(0.0).build());
		RecommendationResult strong = recommender.recommend(snapshot, PROFILE.toBuilder().diversity(1.0).build());

		assertThat(ids(off)).containsExactly("big-1", "big-2", "big-3", "big-4", "big-5");
		assertThat(ids(strong)).startsWith("big-1", "other-cert", "other-course", "other-phd");
	}

	@Test
	void aCredentialTheLearnerRequiresIsNoLikenessEveryResultHasIt() {
		CatalogSnapshot snapshot = Catalogs.of(List.of(
				program("ms-a").institution("Alpha University").credential(Credential.MASTERS)
					.topics("machine_learning").build(),
				program("ms-b").institution("Beta University").credential(Credential.MASTERS)
					.topics("machine_learning").build(),
				program("ms-c").institution("Gamma University").credential(Credential.MASTERS)
					.topics("machine_learning").build()));
		LearnerProfile wanted = LearnerProfile.builder()
			.interests("machine_learning")
			.credentials(Credential.MASTERS)
			.limit(3)
			.build();
		Recommender recommender = new Recommender(RecommenderProperties.defaults());

		RecommendationResult required = recommender.recommend(snapshot,
				wanted.toBuilder().mustHave(MustHave.CREDENTIAL).build());
		RecommendationResult preferred = recommender.recommend(snapshot, wanted);

		assertThat(required.results()).hasSize(3).allSatisfy(r -> {
			assertThat(r.score()).as("no discount for what the learner asked every result to be")
				.isEqualTo(required.results().get(0).score());
			assertThat(r.reasons()).noneMatch(reason -> reason.factor().equals("diversity"));
		});
		assertThat(preferred.results().get(1).reasons()).filteredOn(reason -> reason.factor().equals("diversity"))
			.singleElement()
			.satisfies(reason -> assertThat(reason.text())
				.startsWith("Placed a little lower to vary the list: the same credential as #1 (relevance alone"));
	}

	@Test
	void similarityCountsSharedInstitutionAndSharedCredential() {
		CatalogSnapshot snapshot = Catalogs.of(List.of(
				program("a").institution("Uni (School of X)").credential(Credential.MASTERS).build(),
				program("b").institution("uni (School of Y)").credential(Credential.MASTERS).build(),
				program("c").institution("Uni").credential(Credential.PHD).build(),
				program("d").institution("Other").credential(Credential.PHD).build()));

		assertThat(Diversifier.similarity(snapshot, 0, 1)).isEqualTo(1.0);
		assertThat(Diversifier.similarity(snapshot, 0, 2)).isEqualTo(0.5);
		assertThat(Diversifier.similarity(snapshot, 2, 3)).isEqualTo(0.5);
		assertThat(Diversifier.similarity(snapshot, 0, 3)).isZero();
	}

	private static List<Program> catalog() {
		List<Program> programs = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			programs.add(program("big-" + i).institution("Big University (Campus " + i + ")")
				.credential(Credential.MASTERS)
				.topics("machine_learning", "medical_imaging")
				.lastVerified("2026-11-01")
				.build());
		}
		programs.add(program("other-cert").institution("Small College")
			.credential(Credential.GRADUATE_CERTIFICATE)
			.topics("machine_learning", "medical_imaging")
			.build());
		programs.add(program("other-course").institution("Medical School")
			.credential(Credential.SHORT_COURSE)
			.topics("medical_imaging", "machine_learning")
			.build());
		programs.add(program("other-phd").institution("Research Institute")
			.credential(Credential.PHD)
			.topics("medical_imaging", "machine_learning")
			.build());
		return programs;
	}

}
