package org.aimnav.recommender.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.support.TestPrograms;
import org.aimnav.recommender.profile.Goal;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.MustHave;
import org.aimnav.recommender.result.RecommendationResult;
import org.aimnav.recommender.result.RecommendedProgram;
import org.aimnav.recommender.support.Catalogs;
import org.junit.jupiter.api.Test;

import static org.aimnav.catalog.support.TestPrograms.program;
import static org.assertj.core.api.Assertions.assertThat;

/** Filtering, ordering, limits and reproducibility of a whole recommendation. */
class RankingTests {

	private final Recommender recommender = new Recommender(RecommenderProperties.defaults());

	@Test
	void theSameProfileOnTheSameCatalogGivesTheSameAnswerWhateverTheLoadOrder() {
		LearnerProfile profile = LearnerProfile.builder()
			.role(Audience.ENGINEER)
			.goals(Goal.CAREER_CHANGE)
			.interests("machine_learning", "medical_imaging")
			.interestsText("deep learning for radiology")
			.limit(20)
			.build();
		List<Program> shuffled = new ArrayList<>(TestPrograms.curated());
		Collections.shuffle(shuffled, new Random(7));

		RecommendationResult first = recommender.recommend(Catalogs.curated(), profile);
		RecommendationResult again = recommender.recommend(Catalogs.curated(), profile);
		RecommendationResult reloaded = recommender.recommend(Catalogs.of(shuffled), profile);

		assertThat(again).isEqualTo(first);
		assertThat(reloaded).isEqualTo(first);
		assertThat(first.catalogVersion()).isEqualTo(1);
		assertThat(first.profileEcho()).isEqualTo(profile);
	}

	@Test
	void equalScoresAreOrderedByProgramId() {
		List<Program> twins = List.of(program("ccc").build(), program("aaa").build(), program("bbb").build());

		RecommendationResult result = recommender.recommend(Catalogs.of(twins),
				LearnerProfile.builder().interests("machine_learning").diversity(0.0).build());

		assertThat(ids(result)).containsExactly("aaa", "bbb", "ccc");
		assertThat(result.results()).extracting(RecommendedProgram::score).containsOnly(result.results().get(0).score());
	}

	@Test
	void withoutDiversityResultsAreInScoreOrderAndRanksCountFromOne() {
		RecommendationResult result = recommender.recommend(Catalogs.curated(),
				LearnerProfile.builder().role(Audience.CLINICIAN).interests("ethics").diversity(0.0).build());

		assertThat(result.results()).extracting(RecommendedProgram::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(result.results()).extracting(RecommendedProgram::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
	}

	@Test
	void resultsAreNeverPaddedWithProgramsBelowTheRelevanceFloor() {
		RecommendationResult result = recommender.recommend(Catalogs.curated(),
				LearnerProfile.builder().interests("drug_discovery").limit(10).build());

		// One curated program covers drug discovery; the other 35 match no interest at all.
		assertThat(ids(result)).containsExactly("mount-sinai-aiet-phd");
		assertThat(result.relevantMatches()).isEqualTo(1);
		assertThat(result.mustHaveMatches()).isEqualTo(36);
		assertThat(result.relaxations()).isEmpty();
	}

	@Test
	void aProgramScoringBelowTheFloorIsLeftOutEvenWhenItMatchesAnInterest() {
		List<Program> programs = List.of(
				program("fits").audiences(Audience.CLINICIAN).topics("ethics").credential(Credential.SHORT_COURSE).build(),
				program("barely").audiences(Audience.ENGINEER)
					.topics("ethics", "genomics", "statistics")
					.credential(Credential.PHD)
					.build());
		LearnerProfile profile = LearnerProfile.builder()
			.role(Audience.CLINICIAN)
			.goals(Goal.UPSKILLING)
			.interests("ethics", "patient_safety", "implementation", "workflow_automation")
			.build();

		RecommendationResult result = recommender.recommend(Catalogs.of(programs), profile);

		assertThat(ids(result)).containsExactly("fits");
	}

	@Test
	void theLimitCapsTheResults() {
		RecommendationResult result = recommender.recommend(Catalogs.curated(),
				LearnerProfile.builder().interests("machine_learning").limit(3).build());

		assertThat(result.results()).hasSize(3);
		assertThat(result.relevantMatches()).isGreaterThan(3);
	}

	@Test
	void aBlankValueNeverMeetsAMustHave() {
		List<Program> programs = List.of(program("online").format(DeliveryFormat.ONLINE).build(),
				program("unknown").build(), program("in-person").format(DeliveryFormat.IN_PERSON).build());

		RecommendationResult result = recommender.recommend(Catalogs.of(programs), LearnerProfile.builder()
			.interests("machine_learning")
			.deliveryFormats(DeliveryFormat.ONLINE)
			.mustHave(MustHave.DELIVERY_FORMAT)
			.build());

		assertThat(ids(result)).containsExactly("online");
		assertThat(result.mustHaveMatches()).isEqualTo(1);
		assertThat(result.results().get(0).reasons().get(0).text()).isEqualTo("Online, as you require");
	}

	@Test
	void everyResultIsExplainedWithMustHavesFirstThenFactorsByContribution() {
		RecommendationResult result = recommender.recommend(Catalogs.curated(), LearnerProfile.builder()
			.role(Audience.STUDENT)
			.goals(Goal.RESEARCH)
			.interests("research_methods", "machine_learning")
			.credentials(Credential.PHD)
			.mustHave(MustHave.CREDENTIAL)
			.build());

		for (RecommendedProgram program : result.results()) {
			assertThat(program.reasons().get(0).mustHave()).isTrue();
			assertThat(program.reasons().get(0).text()).isEqualTo("A PhD, as you require");
			assertThat(program.reasons().subList(1, program.reasons().size()))
				.extracting(r -> r.contribution())
				.isSortedAccordingTo((a, b) -> Double.compare(b, a));
			assertThat(program.reasons()).allSatisfy(r -> assertThat(r.text()).isNotBlank());
		}
	}

	@Test
	void anEmptyCatalogGivesAnEmptyAnswer() {
		RecommendationResult result = recommender.recommend(Catalogs.of(List.of()),
				LearnerProfile.builder().interests("ethics").build());

		assertThat(result.results()).isEmpty();
		assertThat(result.relevantMatches()).isZero();
	}

	static List<String> ids(RecommendationResult result) {
		return result.results().stream().map(RecommendedProgram::programId).toList();
	}

}
