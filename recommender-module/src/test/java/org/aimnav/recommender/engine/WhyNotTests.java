package org.aimnav.recommender.engine;

import java.util.List;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.recommender.profile.Goal;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.MustHave;
import org.aimnav.recommender.result.Exclusion;
import org.aimnav.recommender.result.ProgramNotFoundException;
import org.aimnav.recommender.result.RecommendationResult;
import org.aimnav.recommender.result.WhyNotResult;
import org.aimnav.recommender.result.WhyNotResult.Status;
import org.aimnav.recommender.support.Catalogs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Why a named program is, or is not, recommended. */
class WhyNotTests {

	private final Recommender recommender = new Recommender(RecommenderProperties.defaults());

	private static final LearnerProfile ONLINE_PHD = LearnerProfile.builder()
		.role(Audience.STUDENT)
		.goals(Goal.RESEARCH)
		.interests("machine_learning", "research_methods")
		.credentials(Credential.PHD)
		.deliveryFormats(DeliveryFormat.ONLINE)
		.maxBudgetUsd("1000")
		.mustHave(MustHave.CREDENTIAL, MustHave.DELIVERY_FORMAT, MustHave.BUDGET)
		.build();

	@Test
	void anExcludedProgramNamesEveryMustHaveItFailsIncludingNotStated() {
		WhyNotResult why = recommender.whyNot(Catalogs.curated(), ONLINE_PHD, "imperial-ukri-cdt-ai4health");

		assertThat(why.status()).isEqualTo(Status.EXCLUDED);
		assertThat(why.rank()).isNull();
		assertThat(why.exclusions()).extracting(Exclusion::constraint)
			.containsExactly(MustHave.BUDGET, MustHave.DELIVERY_FORMAT);
		assertThat(why.exclusions()).extracting(Exclusion::notStated).containsExactly(true, false);
		assertThat(why.exclusions()).extracting(Exclusion::text)
			.containsExactly("Tuition not stated, and your budget is a must-have", "In person, not online");
		assertThat(why.summary()).startsWith("Excluded by 2 must-haves: Tuition not stated");
		assertThat(why.reasons()).anySatisfy(r -> assertThat(r.factor()).isEqualTo("interests"));
		assertThat(why.catalogVersion()).isEqualTo(1);
	}

	@Test
	void aRecommendedProgramGivesItsRankAndTheSameReasonsAsTheResult() {
		LearnerProfile profile = ONLINE_PHD.toBuilder().mustHave(MustHave.CREDENTIAL).build();
		RecommendationResult result = recommender.recommend(Catalogs.curated(), profile);
		var third = result.results().get(2);

		WhyNotResult why = recommender.whyNot(Catalogs.curated(), profile, third.programId());

		assertThat(why.status()).isEqualTo(Status.RECOMMENDED);
		assertThat(why.rank()).isEqualTo(3);
		assertThat(why.score()).isEqualTo(third.score());
		assertThat(why.reasons()).isEqualTo(third.reasons());
		assertThat(why.exclusions()).isEmpty();
	}

	@Test
	void aQualifyingProgramBeyondTheLimitGivesItsPlace() {
		LearnerProfile profile = LearnerProfile.builder().interests("machine_learning").limit(1).diversity(0.0).build();
		RecommendationResult result = recommender.recommend(Catalogs.curated(), profile);
		String second = recommender.recommend(Catalogs.curated(), profile.toBuilder().limit(2).build())
			.results()
			.get(1)
			.programId();

		WhyNotResult why = recommender.whyNot(Catalogs.curated(), profile, second);

		assertThat(result.results()).extracting(r -> r.programId()).doesNotContain(second);
		assertThat(why.status()).isEqualTo(Status.BEYOND_LIMIT);
		assertThat(why.position()).isEqualTo(2);
		assertThat(why.summary()).isEqualTo("It qualifies, but 1 programs score higher and you asked for 1");
	}

	@Test
	void aProgramMatchingNoInterestIsNotRelevant() {
		WhyNotResult why = recommender.whyNot(Catalogs.curated(), LearnerProfile.builder().interests("genomics").build(),
				"cornell-ai-healthcare-leadership");

		assertThat(why.status()).isEqualTo(Status.NOT_RELEVANT);
		assertThat(why.summary()).contains("matches none of your interests");
		assertThat(why.reasons()).filteredOn(r -> r.factor().equals("interests"))
			.extracting(r -> r.text())
			.containsExactly("Does not cover your interest: genomics");
	}

	@Test
	void anUnknownProgramIsAClearError() {
		assertThatThrownBy(() -> recommender.whyNot(Catalogs.curated(), ONLINE_PHD, "no-such-program"))
			.isInstanceOf(ProgramNotFoundException.class)
			.hasMessage("Program 'no-such-program' is not in catalog version 1");
	}

	@Test
	void whyNotAgreesWithTheResultsForEveryProgram() {
		LearnerProfile profile = LearnerProfile.builder()
			.role(Audience.CLINICIAN)
			.interests("clinical_decision_support", "ethics")
			.deliveryFormats(DeliveryFormat.ONLINE)
			.mustHave(List.of())
			.build();
		RecommendationResult result = recommender.recommend(Catalogs.curated(), profile);

		for (var program : Catalogs.curated().programs()) {
			WhyNotResult why = recommender.whyNot(Catalogs.curated(), profile, program.programId());
			var shown = result.results().stream().filter(r -> r.programId().equals(program.programId())).findFirst();
			assertThat(why.status() == Status.RECOMMENDED).isEqualTo(shown.isPresent());
			shown.ifPresent(r -> assertThat(why.rank()).isEqualTo(r.rank()));
		}
	}

}
