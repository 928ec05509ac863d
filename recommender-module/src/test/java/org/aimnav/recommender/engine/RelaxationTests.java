package org.aimnav.recommender.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.PriorDegree;
import org.aimnav.recommender.profile.Goal;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.MustHave;
import org.aimnav.recommender.result.Conflict;
import org.aimnav.recommender.result.ProfileChange;
import org.aimnav.recommender.result.RecommendationResult;
import org.aimnav.recommender.result.Relaxation;
import org.aimnav.recommender.support.Catalogs;
import org.junit.jupiter.api.Test;

import static org.aimnav.catalog.support.TestPrograms.program;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Minimal relaxations and conflicts of over-constrained profiles. */
class RelaxationTests {

	/** The defaults, with room for every relaxation so that minimality can be checked exhaustively. */
	private static final RecommenderProperties UNCAPPED = uncapped();

	private final Recommender recommender = new Recommender(UNCAPPED);

	@Test
	void anOnlinePhdThatNobodyOffersGetsEachMinimalWayOut() {
		CatalogSnapshot catalog = Catalogs.of(List.of(
				program("phd-campus").credential(Credential.PHD).format(DeliveryFormat.IN_PERSON).build(),
				program("phd-unknown").credential(Credential.PHD).build(),
				program("ms-online").credential(Credential.MASTERS).format(DeliveryFormat.ONLINE).build(),
				program("course-online").credential(Credential.SHORT_COURSE).format(DeliveryFormat.ONLINE).build()));
		LearnerProfile onlinePhd = LearnerProfile.builder()
			.interests("machine_learning")
			.credentials(Credential.PHD)
			.deliveryFormats(DeliveryFormat.ONLINE)
			.mustHave(MustHave.CREDENTIAL, MustHave.DELIVERY_FORMAT)
			.build();

		RecommendationResult result = recommender.recommend(catalog, onlinePhd);

		assertThat(result.results()).isEmpty();
		assertThat(result.conflicts()).extracting(Conflict::text)
			.containsExactly("No program matching your interests is a PhD and online");
		assertThat(result.relaxations()).extracting(Relaxation::constraint, Relaxation::suggestion,
				Relaxation::additionalMatches)
			.containsExactly(
					tuple("deliveryFormat", "Also accept in-person programs", 1),
					tuple("credential", "Also accept master's degrees", 1),
					tuple("credential", "Also accept short courses", 1),
					tuple("deliveryFormat",
							"Treat the format as a preference, not a must-have", 2),
					tuple("credential",
							"Treat the credential as a preference, not a must-have", 2));
		assertThat(result.relaxations().get(0).change())
			.isEqualTo(new ProfileChange(List.of(), null, null, List.of(DeliveryFormat.IN_PERSON), List.of(), List.of()));
		assertThat(result.relaxations().get(3).change()).isEqualTo(ProfileChange.drop(List.of(MustHave.DELIVERY_FORMAT)));
	}

	@Test
	void aBudgetIsRaisedToTheNextPriceThatAdmitsAProgram() {
		CatalogSnapshot catalog = Catalogs.of(List.of(program("a").tuition("8000").build(),
				program("b").tuition("5000").build(), program("c").tuition("5000").build(),
				program("d").tuition("12000").build(), program("e").build()));
		LearnerProfile profile = LearnerProfile.builder()
			.interests("machine_learning")
			.maxBudgetUsd("4000")
			.mustHave(MustHave.BUDGET)
			.build();

		RecommendationResult result = recommender.recommend(catalog, profile);

		assertThat(result.relaxations()).extracting(Relaxation::suggestion, Relaxation::additionalMatches)
			.containsExactly(tuple("Raise your budget to USD 5,000", 2),
					tuple("Treat your budget as a preference, not a must-have", 5));
		assertThat(result.relaxations().get(0).change().maxBudgetUsd()).isEqualByComparingTo("5000");
		assertThat(result.relaxations().get(0).profile().maxBudgetUsd()).isEqualByComparingTo("5000");
	}

	@Test
	void whenOnlyLooseningTwoMustHavesTogetherHelpsThatIsTheMinimalRelaxation() {
		CatalogSnapshot catalog = Catalogs.of(List.of(
				program("far").tuition("9000").format(DeliveryFormat.HYBRID).build(),
				program("other-topic").tuition("100").format(DeliveryFormat.ONLINE).topics("genomics").build()));
		LearnerProfile profile = LearnerProfile.builder()
			.interests("machine_learning")
			.maxBudgetUsd("5000")
			.deliveryFormats(DeliveryFormat.ONLINE)
			.mustHave(MustHave.BUDGET, MustHave.DELIVERY_FORMAT)
			.build();

		RecommendationResult result = recommender.recommend(catalog, profile);

		assertThat(result.relaxations()).extracting(Relaxation::constraint, Relaxation::suggestion,
				Relaxation::additionalMatches)
			.containsExactly(tuple("budget+deliveryFormat",
					"Raise your budget to USD 9,000 and also accept hybrid programs", 1));
		// Each must-have alone already leaves nothing that matches the interests.
		assertThat(result.conflicts()).extracting(Conflict::constraints)
			.containsExactly(List.of(MustHave.BUDGET), List.of(MustHave.DELIVERY_FORMAT));
	}

	@Test
	void noRelaxationsWhenTheMustHavesLeaveEnough() {
		RecommendationResult result = recommender.recommend(Catalogs.curated(), LearnerProfile.builder()
			.interests("machine_learning")
			.credentials(Credential.MASTERS)
			.mustHave(MustHave.CREDENTIAL)
			.limit(5)
			.build());

		assertThat(result.results()).hasSize(5);
		assertThat(result.relaxations()).isEmpty();
		assertThat(result.conflicts()).isEmpty();
	}

	@Test
	void everyRelaxationAdmitsExactlyTheProgramsItPromisesWhenRunAgain() {
		for (LearnerProfile profile : overConstrained()) {
			RecommendationResult result = recommender.recommend(Catalogs.curated(), profile);
			assertThat(result.relaxations()).as("relaxations for %s", profile.mustHave()).isNotEmpty();
			for (Relaxation relaxation : result.relaxations()) {
				RecommendationResult rerun = recommender.recommend(Catalogs.curated(), relaxation.profile());
				assertThat(rerun.relevantMatches()).as(relaxation.suggestion())
					.isEqualTo(result.relevantMatches() + relaxation.additionalMatches());
				assertThat(relaxation.profile()).isEqualTo(relaxation.change().applyTo(profile));
			}
		}
	}

	@Test
	void aMustHaveTurnedIntoAPreferenceCountsTheProgramsItsWeightLiftsOverTheFloor() {
		// Every curated program meets "clinical degree" already; as a preference it adds a full
		// match to each score, which lifts programs that met it but scored under the floor.
		LearnerProfile profile = LearnerProfile.builder()
			.role(Audience.CLINICIAN)
			.priorDegree(PriorDegree.CLINICAL_DEGREE)
			.mustHave(MustHave.PRIOR_DEGREE)
			.limit(50)
			.build();

		RecommendationResult result = recommender.recommend(Catalogs.curated(), profile);

		assertThat(result.relaxations()).isNotEmpty().allSatisfy(relaxation -> assertThat(
				recommender.recommend(Catalogs.curated(), relaxation.profile()).relevantMatches())
			.as(relaxation.suggestion())
			.isEqualTo(result.relevantMatches() + relaxation.additionalMatches()));
	}

	@Test
	void everyRelaxationOfRandomProfilesPromisesWhatTheChangedProfileGets() {
		SplittableRandom random = new SplittableRandom(20261128);
		String[] interests = { "machine_learning", "medical_imaging", "ethics", "genomics", "drug_discovery",
				"clinical_decision_support", "public_health" };
		int checked = 0;
		for (int n = 0; n < 300; n++) {
			LearnerProfile.Builder builder = LearnerProfile.builder()
				.role(pick(random, Audience.values()))
				.limit(1 + random.nextInt(50));
			if (random.nextBoolean()) {
				builder.interests(pick(random, interests));
			}
			List<MustHave> mustHave = new ArrayList<>();
			if (random.nextBoolean()) {
				builder.maxBudgetUsd(Integer.toString(random.nextInt(60_000)));
				mustHave.add(MustHave.BUDGET);
			}
			if (random.nextBoolean()) {
				builder.maxDurationMonths(Integer.toString(1 + random.nextInt(36)));
				mustHave.add(MustHave.DURATION);
			}
			if (random.nextBoolean()) {
				builder.deliveryFormats(pick(random, DeliveryFormat.values()));
				mustHave.add(MustHave.DELIVERY_FORMAT);
			}
			if (random.nextBoolean()) {
				builder.paces(pick(random, Pace.values()));
				mustHave.add(MustHave.PACE);
			}
			if (random.nextBoolean()) {
				builder.credentials(pick(random, Credential.values()));
				mustHave.add(MustHave.CREDENTIAL);
			}
			if (random.nextBoolean()) {
				builder.country(pick(random, new String[] { "US", "GB", "FR", "CA" }));
				mustHave.add(MustHave.COUNTRY);
			}
			if (random.nextBoolean()) {
				builder.priorDegree(pick(random, PriorDegree.values()));
				mustHave.add(MustHave.PRIOR_DEGREE);
			}
			LearnerProfile profile = builder.mustHave(mustHave).build();

			RecommendationResult result = recommender.recommend(Catalogs.curated(), profile);

			for (Relaxation relaxation : result.relaxations()) {
				RecommendationResult rerun = recommender.recommend(Catalogs.curated(), relaxation.profile());
				assertThat(rerun.relevantMatches()).as("%s for %s", relaxation.suggestion(), profile)
					.isEqualTo(result.relevantMatches() + relaxation.additionalMatches());
				checked++;
			}
		}
		assertThat(checked).as("relaxations checked").isGreaterThan(100);
	}

	private static <T> T pick(SplittableRandom random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	@Test
	void theMustHavesToDropAreExactlyTheMinimalSetsThatAdmitMore() {
		for (LearnerProfile profile : overConstrained()) {
			RecommendationResult result = recommender.recommend(Catalogs.curated(), profile);
			List<List<MustHave>> expected = bruteForceMinimalDrops(profile, result.relevantMatches());
			List<List<MustHave>> dropped = result.relaxations()
				.stream()
				.filter(r -> !r.change().dropMustHave().isEmpty())
				.map(r -> r.change().dropMustHave())
				.toList();
			// A drop may be left out when a loosening of the same must-haves admits as many.
			assertThat(expected).as("minimal drops for %s", profile.mustHave()).containsAll(dropped);
			for (List<MustHave> set : expected) {
				boolean offered = dropped.contains(set) || result.relaxations()
					.stream()
					.anyMatch(r -> r.constraints().equals(set) && r.change().dropMustHave().isEmpty());
				assertThat(offered).as("%s offered for %s", set, profile.mustHave()).isTrue();
			}
		}
	}

	@Test
	void aLooseningCannotBeMadeSmallerAndStillAdmitAProgram() {
		for (LearnerProfile profile : overConstrained()) {
			RecommendationResult result = recommender.recommend(Catalogs.curated(), profile);
			for (Relaxation relaxation : result.relaxations()) {
				ProfileChange change = relaxation.change();
				if (!change.dropMustHave().isEmpty()) {
					continue;
				}
				for (ProfileChange smaller : smallerThan(change)) {
					RecommendationResult rerun = recommender.recommend(Catalogs.curated(), smaller.applyTo(profile));
					assertThat(rerun.relevantMatches()).as("%s made smaller: %s", relaxation.suggestion(), smaller)
						.isEqualTo(result.relevantMatches());
				}
			}
		}
	}

	@Test
	void conflictsAreMinimalSetsThatNoInterestMatchingProgramMeets() {
		LearnerProfile profile = LearnerProfile.builder()
			.interests("machine_learning")
			.credentials(Credential.PHD)
			.deliveryFormats(DeliveryFormat.ONLINE)
			.maxBudgetUsd("100")
			.country("US")
			.mustHave(MustHave.CREDENTIAL, MustHave.DELIVERY_FORMAT, MustHave.BUDGET, MustHave.COUNTRY)
			.build();

		RecommendationResult result = recommender.recommend(Catalogs.curated(), profile);

		// Curated PhDs are all in person; the only free programs are PhDs in the US and an online
		// course in India (online, so open to a learner in the US).
		assertThat(result.conflicts()).extracting(Conflict::constraints)
			.containsExactly(List.of(MustHave.DELIVERY_FORMAT, MustHave.CREDENTIAL));
	}

	private List<List<MustHave>> bruteForceMinimalDrops(LearnerProfile profile, int before) {
		List<List<MustHave>> minimal = new ArrayList<>();
		int all = 0;
		for (MustHave m : profile.mustHave()) {
			all |= 1 << m.ordinal();
		}
		for (int set : Relaxer.subsetsBySize(all)) {
			List<MustHave> drop = Relaxer.constraints(set);
			if (minimal.stream().anyMatch(drop::containsAll)) {
				continue;
			}
			RecommendationResult rerun = recommender.recommend(Catalogs.curated(),
					ProfileChange.drop(drop).applyTo(profile));
			if (rerun.relevantMatches() > before) {
				minimal.add(drop);
			}
		}
		return minimal;
	}

	/** The change with one of its parts undone, or a threshold just below the one suggested. */
	private static List<ProfileChange> smallerThan(ProfileChange change) {
		List<ProfileChange> smaller = new ArrayList<>();
		BigDecimal cent = new BigDecimal("0.01");
		if (change.maxBudgetUsd() != null) {
			smaller.add(new ProfileChange(List.of(), change.maxBudgetUsd().subtract(cent), change.maxDurationMonths(),
					change.addDeliveryFormats(), change.addPaces(), change.addCredentials()));
		}
		if (change.maxDurationMonths() != null) {
			smaller.add(new ProfileChange(List.of(), change.maxBudgetUsd(), change.maxDurationMonths().subtract(cent),
					change.addDeliveryFormats(), change.addPaces(), change.addCredentials()));
		}
		if (!change.addDeliveryFormats().isEmpty()) {
			smaller.add(new ProfileChange(List.of(), change.maxBudgetUsd(), change.maxDurationMonths(), List.of(),
					change.addPaces(), change.addCredentials()));
		}
		if (!change.addPaces().isEmpty()) {
			smaller.add(new ProfileChange(List.of(), change.maxBudgetUsd(), change.maxDurationMonths(),
					change.addDeliveryFormats(), List.of(), change.addCredentials()));
		}
		if (!change.addCredentials().isEmpty()) {
			smaller.add(new ProfileChange(List.of(), change.maxBudgetUsd(), change.maxDurationMonths(),
					change.addDeliveryFormats(), change.addPaces(), List.of()));
		}
		return smaller;
	}

	/** Profiles whose must-haves leave fewer curated programs than they ask for. */
	static List<LearnerProfile> overConstrained() {
		return List.of(
				LearnerProfile.builder()
					.role(Audience.STUDENT)
					.goals(Goal.RESEARCH)
					.interests("machine_learning", "research_methods")
					.credentials(Credential.PHD)
					.deliveryFormats(DeliveryFormat.ONLINE)
					.mustHave(MustHave.CREDENTIAL, MustHave.DELIVERY_FORMAT)
					.build(),
				LearnerProfile.builder()
					.role(Audience.CLINICIAN)
					.goals(Goal.CLINICAL_PRACTICE)
					.interests("clinical_decision_support", "ethics")
					.maxBudgetUsd("1000")
					.maxDurationMonths("3")
					.deliveryFormats(DeliveryFormat.ONLINE)
					.mustHave(MustHave.BUDGET, MustHave.DURATION, MustHave.DELIVERY_FORMAT)
					.build(),
				LearnerProfile.builder()
					.role(Audience.ENGINEER)
					.interests("deep_learning", "medical_imaging")
					.interestsText("computer vision")
					.credentials(Credential.MASTERS)
					.country("GB")
					.mustHave(MustHave.CREDENTIAL, MustHave.COUNTRY)
					.build(),
				LearnerProfile.builder()
					.role(Audience.DATA_SCIENTIST)
					.interests("machine_learning")
					.priorDegree(PriorDegree.BACHELORS)
					.paces(Pace.PART_TIME)
					.mustHave(MustHave.PRIOR_DEGREE, MustHave.PACE)
					.build(),
				LearnerProfile.builder()
					.role(Audience.EXECUTIVE)
					.goals(Goal.LEADERSHIP)
					.interests("leadership_strategy")
					.credentials(Credential.EXECUTIVE_EDUCATION)
					.maxDurationMonths("0.1")
					.maxBudgetUsd("3000")
					.mustHave(MustHave.CREDENTIAL, MustHave.DURATION, MustHave.BUDGET)
					.build(),
				LearnerProfile.builder()
					.role(Audience.CLINICIAN)
					.interests("machine_learning", "ethics")
					.maxBudgetUsd("6000")
					.maxDurationMonths("6")
					.deliveryFormats(DeliveryFormat.ONLINE, DeliveryFormat.HYBRID)
					.paces(Pace.PART_TIME, Pace.SELF_PACED)
					.country("US")
					.credentials(Credential.PROFESSIONAL_CERTIFICATE, Credential.SHORT_COURSE)
					.priorDegree(PriorDegree.CLINICAL_DEGREE)
					.mustHave(MustHave.values())
					.build());
	}

	private static RecommenderProperties uncapped() {
		RecommenderProperties d = RecommenderProperties.defaults();
		return new RecommenderProperties(d.weights(), d.diversity(), d.minScore(), d.requireInterestMatch(),
				d.notStatedScore(), d.freshDays(), d.staleDays(), d.staleScore(), d.diversityPool(), 100);
	}

}
