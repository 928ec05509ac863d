package org.aimnav.recommender.engine;

import java.util.ArrayList;
import java.util.List;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.PriorDegree;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.taxonomy.Topic;
import org.aimnav.catalog.taxonomy.TopicGroup;
import org.aimnav.recommender.profile.Goal;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.MustHave;
import org.aimnav.recommender.result.Reason;
import org.aimnav.recommender.support.Catalogs;
import org.junit.jupiter.api.Test;

import static org.aimnav.catalog.support.TestPrograms.program;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each scoring factor on its own: its value in [0, 1] and the sentence that explains it. */
class FactorTests {

	private static final RecommenderProperties SETTINGS = RecommenderProperties.defaults();

	@Test
	void interestsScoreTheShareOfTopicsCoveredAndNameThem() {
		Query query = query(LearnerProfile.builder().interests("medical_imaging", "deep_learning", "ethics", "genomics"),
				program("p").topics("medical_imaging", "deep_learning", "ethics", "statistics").build());

		assertThat(query.value(Factor.INTERESTS, 0)).isEqualTo(0.75);
		assertThat(reason(query, Factor.INTERESTS).text())
			.isEqualTo("Covers 3 of your 4 interests: medical imaging, deep learning and ethics");
	}

	@Test
	void topicsNamedInTheFreeTextCountAsInterestsThroughTheirSynonyms() {
		Query query = query(LearnerProfile.builder().interestsText("Radiology reports and neural networks"),
				program("p").topics("medical_imaging").build());

		assertThat(query.interestCodes).containsExactly("medical_imaging", "deep_learning");
		assertThat(query.value(Factor.INTERESTS, 0)).isEqualTo(0.5);
		assertThat(reason(query, Factor.INTERESTS).text())
			.isEqualTo("Covers 1 of your 2 interests: medical imaging (from \u201Cradiology\u201D)");
	}

	@Test
	void freeTextIsBm25OverNameAndDescriptionNormalisedToTheBestMatch() {
		Query query = query(LearnerProfile.builder().interestsText("imaging"),
				program("a-name").name("Imaging AI").description("A course.").build(),
				program("b-description").name("Some course").description("Covers images and imaging.").build(),
				program("c-none").name("Leadership").description("For leaders.").build());

		assertThat(query.value(Factor.INTERESTS_TEXT, 0)).isEqualTo(1.0);
		assertThat(query.value(Factor.INTERESTS_TEXT, 1)).isStrictlyBetween(0.0, 1.0);
		assertThat(query.value(Factor.INTERESTS_TEXT, 2)).isZero();
		assertThat(reason(query, Factor.INTERESTS_TEXT, 1).text()).isEqualTo("Mentions \u201Cimaging\u201D");
	}

	@Test
	void freeTextThatMatchesNothingDoesNotApply() {
		Query query = query(LearnerProfile.builder().interestsText("blockchain"), program("p").build());

		assertThat(query.applies[Factor.INTERESTS_TEXT.ordinal()]).isFalse();
	}

	@Test
	void aTaxonomyOfMoreThan64TopicsMatchesEveryTopic() {
		List<Topic> topics = new ArrayList<>();
		for (int t = 0; t < 70; t++) {
			topics.add(new Topic("topic_" + t, "Topic " + t, "All", List.of()));
		}
		Taxonomy large = new Taxonomy(List.of(new TopicGroup("All", topics)));
		CatalogSnapshot snapshot = CatalogSnapshot.build(1, Catalogs.CURATED_DATE,
				List.of(program("low").topics("topic_1").build(), program("high").topics("topic_66", "topic_69").build()),
				large);

		Query query = new Query(snapshot, LearnerProfile.builder().interests("topic_66", "topic_69", "topic_1").build(),
				SETTINGS);

		assertThat(query.value(Factor.INTERESTS, 0)).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(query.value(Factor.INTERESTS, 1)).isCloseTo(1.0 / 3, within(1e-9));
		assertThat(query.touchesInterests(0)).isTrue();
	}

	@Test
	void roleScoresOneForTheNamedAudienceAndLessForACloseOne() {
		Program forEngineers = program("p").audiences(Audience.ENGINEER).build();

		assertThat(query(LearnerProfile.builder().role(Audience.ENGINEER), forEngineers).value(Factor.ROLE, 0))
			.isEqualTo(1.0);
		Query dataScientist = query(LearnerProfile.builder().role(Audience.DATA_SCIENTIST), forEngineers);
		assertThat(dataScientist.value(Factor.ROLE, 0)).isCloseTo(0.6, within(1e-6));
		assertThat(reason(dataScientist, Factor.ROLE).text())
			.isEqualTo("Made for engineers; engineers are close to your role as a data scientist");
		Query executive = query(LearnerProfile.builder().role(Audience.EXECUTIVE), forEngineers);
		assertThat(executive.value(Factor.ROLE, 0)).isZero();
		assertThat(reason(executive, Factor.ROLE).text()).isEqualTo("Made for engineers, not for executives");
	}

	@Test
	void goalsMapToCredentialsTopicsAndAudiences() {
		Program phd = program("phd").credential(Credential.PHD).build();
		Program methods = program("methods").credential(Credential.MASTERS).topics("research_methods").build();
		Program executive = program("exec").credential(Credential.EXECUTIVE_EDUCATION).topics("leadership_strategy")
			.build();
		Program clinicianCourse = program("course").credential(Credential.SHORT_COURSE)
			.audiences(Audience.CLINICIAN)
			.topics("clinical_decision_support")
			.build();
		Program masters = program("ms").credential(Credential.MASTERS).build();

		assertThat(GoalFit.fit(Goal.RESEARCH, phd)).isEqualTo(1f);
		assertThat(GoalFit.fit(Goal.RESEARCH, methods)).isEqualTo(0.7f);
		assertThat(GoalFit.fit(Goal.RESEARCH, masters)).isZero();
		assertThat(GoalFit.fit(Goal.LEADERSHIP, executive)).isEqualTo(1f);
		assertThat(GoalFit.fit(Goal.LEADERSHIP, phd)).isZero();
		assertThat(GoalFit.fit(Goal.CLINICAL_PRACTICE, clinicianCourse)).isEqualTo(1f);
		assertThat(GoalFit.fit(Goal.CLINICAL_PRACTICE, phd)).isZero();
		assertThat(GoalFit.fit(Goal.CAREER_CHANGE, masters)).isEqualTo(1f);
		assertThat(GoalFit.fit(Goal.CAREER_CHANGE, clinicianCourse)).isLessThan(0.2f);
		assertThat(GoalFit.fit(Goal.UPSKILLING, clinicianCourse)).isEqualTo(1f);
		assertThat(GoalFit.fit(Goal.UPSKILLING, phd)).isZero();
	}

	@Test
	void severalGoalsScoreTheirMeanAndEachIsExplained() {
		Query query = query(LearnerProfile.builder().goals(Goal.RESEARCH, Goal.UPSKILLING),
				program("p").credential(Credential.PHD).build());

		assertThat(query.value(Factor.GOALS, 0)).isEqualTo(0.5);
		assertThat(reason(query, Factor.GOALS).text())
			.isEqualTo("Fits your goal of research (a PhD); does not fit your goal of upskilling");
	}

	@Test
	void budgetFitsWithinFallsAboveAndIsNeutralLowWhenNotStated() {
		Query query = query(LearnerProfile.builder().maxBudgetUsd("10000"), program("a").tuition("5400").build(),
				program("b").tuition("15000").build(), program("c").build(), program("d").tuition("0").build(),
				program("e").tuition("30000").build());

		assertThat(query.value(Factor.BUDGET, 0)).isEqualTo(1.0);
		assertThat(query.value(Factor.BUDGET, 1)).isEqualTo(0.5);
		assertThat(query.value(Factor.BUDGET, 2)).isEqualTo(SETTINGS.notStatedScore());
		assertThat(query.value(Factor.BUDGET, 4)).isZero();
		assertThat(reason(query, Factor.BUDGET, 0).text()).isEqualTo("Tuition USD 5,400, within your budget of USD 10,000");
		assertThat(reason(query, Factor.BUDGET, 1).text()).isEqualTo("Tuition USD 15,000, over your budget of USD 10,000");
		assertThat(reason(query, Factor.BUDGET, 2).text()).isEqualTo("Tuition not stated");
		assertThat(reason(query, Factor.BUDGET, 3).text()).isEqualTo("No tuition (USD 0), within your budget of USD 10,000");
	}

	@Test
	void durationReadsLikeBudgetAndShortProgramsInDays() {
		Query query = query(LearnerProfile.builder().maxDurationMonths("12"), program("a").months("0.07").build(),
				program("b").months("18").build(), program("c").build());

		assertThat(query.value(Factor.DURATION, 0)).isEqualTo(1.0);
		assertThat(query.value(Factor.DURATION, 1)).isEqualTo(0.5);
		assertThat(reason(query, Factor.DURATION, 0).text()).isEqualTo("About 2 days, within your limit of 12 months");
		assertThat(reason(query, Factor.DURATION, 2).text()).isEqualTo("Duration not stated");
	}

	@Test
	void formatMatchesHybridHalfFitsAndUnknownIsNotStated() {
		Query query = query(LearnerProfile.builder().deliveryFormats(DeliveryFormat.ONLINE),
				program("a").format(DeliveryFormat.ONLINE).build(), program("b").format(DeliveryFormat.HYBRID).build(),
				program("c").format(DeliveryFormat.IN_PERSON).build(), program("d").build());

		assertThat(List.of(query.value(Factor.DELIVERY_FORMAT, 0), query.value(Factor.DELIVERY_FORMAT, 1),
				query.value(Factor.DELIVERY_FORMAT, 2), query.value(Factor.DELIVERY_FORMAT, 3)))
			.containsExactly(1.0, 0.5, 0.0, SETTINGS.notStatedScore());
		assertThat(reason(query, Factor.DELIVERY_FORMAT, 0).text()).isEqualTo("Online, as you prefer");
		assertThat(reason(query, Factor.DELIVERY_FORMAT, 2).text()).isEqualTo("In person, not online");
		assertThat(reason(query, Factor.DELIVERY_FORMAT, 3).text()).isEqualTo("Format not stated");
	}

	@Test
	void paceMatchesAndFlexiblePacesHalfFitEachOther() {
		Query query = query(LearnerProfile.builder().paces(Pace.PART_TIME), program("a").pace(Pace.PART_TIME).build(),
				program("b").pace(Pace.SELF_PACED).build(), program("c").pace(Pace.FULL_TIME).build(),
				program("d").build());

		assertThat(List.of(query.value(Factor.PACE, 0), query.value(Factor.PACE, 1), query.value(Factor.PACE, 2),
				query.value(Factor.PACE, 3)))
			.containsExactly(1.0, 0.5, 0.0, SETTINGS.notStatedScore());
		assertThat(reason(query, Factor.PACE, 3).text()).isEqualTo("Pace not stated");
	}

	@Test
	void countryMatchesHomeOrOnlineAndSaysWhenNotStated() {
		Query query = query(LearnerProfile.builder().country("gb"), program("a").country("GB").build(),
				program("b").country("US").format(DeliveryFormat.ONLINE).build(),
				program("c").country("US").format(DeliveryFormat.IN_PERSON).build(), program("d").build());

		assertThat(List.of(query.value(Factor.COUNTRY, 0), query.value(Factor.COUNTRY, 1),
				query.value(Factor.COUNTRY, 2), query.value(Factor.COUNTRY, 3)))
			.containsExactly(1.0, 1.0, 0.0, SETTINGS.notStatedScore());
		assertThat(reason(query, Factor.COUNTRY, 1).text()).isEqualTo("Online, so open to you in United Kingdom");
		assertThat(reason(query, Factor.COUNTRY, 2).text())
			.isEqualTo("In United States and not online; you are in United Kingdom");
		assertThat(reason(query, Factor.COUNTRY, 3).text()).isEqualTo("Country not stated");
	}

	@Test
	void credentialMatchesOneOfTheChosen() {
		Query query = query(LearnerProfile.builder().credentials(Credential.MASTERS, Credential.PHD),
				program("a").credential(Credential.PHD).build(), program("b").credential(Credential.SHORT_COURSE).build());

		assertThat(query.value(Factor.CREDENTIAL, 0)).isEqualTo(1.0);
		assertThat(query.value(Factor.CREDENTIAL, 1)).isZero();
		assertThat(reason(query, Factor.CREDENTIAL, 1).text()).isEqualTo("A short course, not a PhD or a master's degree");
	}

	@Test
	void priorDegreeChecksEligibilityAndOnlyAClinicalDegreeMeetsAClinicalMinimum() {
		Query query = query(LearnerProfile.builder().priorDegree(PriorDegree.DOCTORATE),
				program("a").minPriorDegree(PriorDegree.MASTERS).build(),
				program("b").minPriorDegree(PriorDegree.CLINICAL_DEGREE).build(), program("c").build());

		assertThat(query.value(Factor.PRIOR_DEGREE, 0)).isEqualTo(1.0);
		assertThat(query.value(Factor.PRIOR_DEGREE, 1)).isZero();
		assertThat(query.value(Factor.PRIOR_DEGREE, 2)).isEqualTo(SETTINGS.notStatedScore());
		assertThat(reason(query, Factor.PRIOR_DEGREE, 1).text())
			.isEqualTo("Requires a clinical degree; you have a doctorate");
		assertThat(reason(query, Factor.PRIOR_DEGREE, 2).text()).isEqualTo("Entry requirement not stated");
	}

	@Test
	void freshnessIsFullForAYearFallsLinearlyAndIsZeroWhenNeverVerified() {
		// The reference date is 2026-11-28.
		Query query = query(LearnerProfile.builder(), program("a").lastVerified("2026-02-25").build(),
				program("b").lastVerified("2023-11-29").build(), program("c").lastVerified("2019-02-21").build(),
				program("d").build(), program("e").lastVerified("2025-01-03").build());

		assertThat(query.value(Factor.FRESHNESS, 0)).isEqualTo(1.0);
		assertThat(query.value(Factor.FRESHNESS, 1)).isStrictlyBetween(SETTINGS.staleScore(), 1.0);
		assertThat(query.value(Factor.FRESHNESS, 2)).isEqualTo(SETTINGS.staleScore());
		assertThat(query.value(Factor.FRESHNESS, 3)).isZero();
		assertThat(reason(query, Factor.FRESHNESS, 3).text()).isEqualTo("Details never verified against a source");
		assertThat(reason(query, Factor.FRESHNESS, 2).text())
			.isEqualTo("Details last verified on 2019-02-21, 7 years before this catalog version");
		assertThat(reason(query, Factor.FRESHNESS, 1).text()).as("a day short of three years")
			.isEqualTo("Details last verified on 2023-11-29, 2 years before this catalog version");
		assertThat(reason(query, Factor.FRESHNESS, 4).text()).as("not 'a year'")
			.isEqualTo("Details last verified on 2025-01-03, 22 months before this catalog version");
	}

	@Test
	void theScoreIsTheWeightedMeanOfTheFactorsThatApplyAndContributionsAddUpToIt() {
		Query query = new Query(Catalogs.curated(), LearnerProfile.builder()
			.role(Audience.CLINICIAN)
			.goals(Goal.CLINICAL_PRACTICE)
			.interests("clinical_decision_support", "ethics")
			.interestsText("practical tools")
			.maxBudgetUsd("5000")
			.maxDurationMonths("6")
			.deliveryFormats(DeliveryFormat.ONLINE)
			.paces(Pace.PART_TIME)
			.country("US")
			.priorDegree(PriorDegree.CLINICAL_DEGREE)
			.credentials(Credential.SHORT_COURSE)
			.build(), SETTINGS);

		for (int i = 0; i < query.s.size; i++) {
			double expected = 0;
			double weights = 0;
			for (Factor factor : Factor.values()) {
				if (query.applies[factor.ordinal()]) {
					expected += SETTINGS.weights().of(factor) * query.value(factor, i);
					weights += SETTINGS.weights().of(factor);
				}
			}
			assertThat(query.score(i)).isCloseTo(expected / weights, within(1e-9)).isBetween(0.0, 1.0);
			double contributions = new Explainer(query).reasons(i).stream().mapToDouble(Reason::contribution).sum();
			assertThat(contributions).isCloseTo(query.score(i), within(1e-3));
		}
	}

	@Test
	void aMustHaveIsAFilterNotAFactor() {
		Query query = query(LearnerProfile.builder()
			.deliveryFormats(DeliveryFormat.ONLINE)
			.mustHave(MustHave.DELIVERY_FORMAT), program("a").format(DeliveryFormat.ONLINE).build());

		assertThat(query.applies[Factor.DELIVERY_FORMAT.ordinal()]).isFalse();
		Reason met = new Explainer(query).reasons(0).get(0);
		assertThat(met.mustHave()).isTrue();
		assertThat(met.weight()).isZero();
		assertThat(met.contribution()).isZero();
		assertThat(met.text()).isEqualTo("Online, as you require");
	}

	private static Query query(LearnerProfile.Builder profile, Program... programs) {
		return new Query(Catalogs.of(List.of(programs)), profile.build(), SETTINGS);
	}

	private static Reason reason(Query query, Factor factor) {
		return reason(query, factor, 0);
	}

	private static Reason reason(Query query, Factor factor, int i) {
		return new Explainer(query).reasons(i)
			.stream()
			.filter(r -> r.factor().equals(factor.code()) && !r.mustHave())
			.findFirst()
			.orElseThrow();
	}

}
