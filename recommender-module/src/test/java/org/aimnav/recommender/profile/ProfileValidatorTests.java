package org.aimnav.recommender.profile;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.PriorDegree;
import org.aimnav.recommender.support.Catalogs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a client may send as a learner profile, and how every problem is reported. */
class ProfileValidatorTests {

	private final ProfileValidator validator = new ProfileValidator(Catalogs.taxonomy());

	@Test
	void aProfileIsReadLenientlyIntoItsCanonicalForm() {
		LearnerProfile profile = validator.parse(new ProfileRequest("Data Scientist", List.of("upskilling", "Research"),
				List.of("Medical imaging", "radiology", "nlp"), "  deep learning  ", new BigDecimal("20000.00"),
				new BigDecimal("12"), List.of("hybrid", "Online"), List.of("part-time"), "\u00A0gb ", "bachelors",
				List.of("masters"), List.of("budget", "delivery_format"), null, null));

		assertThat(profile).isEqualTo(LearnerProfile.builder()
			.role(Audience.DATA_SCIENTIST)
			.goals(Goal.RESEARCH, Goal.UPSKILLING)
			.interests("medical_imaging", "nlp")
			.interestsText("deep learning")
			.maxBudgetUsd("20000")
			.maxDurationMonths("12")
			.deliveryFormats(DeliveryFormat.ONLINE, DeliveryFormat.HYBRID)
			.paces(Pace.PART_TIME)
			.country("GB")
			.priorDegree(PriorDegree.BACHELORS)
			.credentials(Credential.MASTERS)
			.mustHave(MustHave.BUDGET, MustHave.DELIVERY_FORMAT)
			.limit(10)
			.build());
	}

	@Test
	void everyProblemIsReportedAtOnceNamingTheFieldAndTheAllowedValues() {
		InvalidProfileException invalid = catchThrowableOfType(InvalidProfileException.class,
				() -> validator.parse(new ProfileRequest("doctor", List.of("research", "fame"), List.of("astrology"),
						"x".repeat(1001), new BigDecimal("-1"), new BigDecimal("0"), List.of("radio"), List.of(), "GBR",
						"phd", List.of("mba"), List.of("price"), 51, 1.5)));

		assertThat(invalid.errors()).extracting(FieldError::field, FieldError::code)
			.containsExactly(tuple("role", "ENUM"),
					tuple("goals[1]", "ENUM"),
					tuple("interests[0]", "UNKNOWN_TOPIC"),
					tuple("deliveryFormats[0]", "ENUM"),
					tuple("priorDegree", "ENUM"),
					tuple("credentials[0]", "ENUM"),
					tuple("mustHave[0]", "ENUM"),
					tuple("interestsText", "LENGTH"),
					tuple("maxBudgetUsd", "RANGE"),
					tuple("maxDurationMonths", "RANGE"),
					tuple("country", "ENUM"),
					tuple("limit", "RANGE"),
					tuple("diversity", "RANGE"));
		assertThat(invalid.errors().get(0).message()).isEqualTo(
				"'doctor' is not one of: clinician, researcher, engineer, data_scientist, executive, administrator, student");
		assertThat(invalid.errors().get(1).message())
			.isEqualTo("'fame' is not one of: research, clinical_practice, leadership, career_change, upskilling");
		assertThat(invalid.errors().get(6).message()).isEqualTo(
				"'price' is not one of: budget, duration, deliveryFormat, pace, country, credential, priorDegree");
		assertThat(invalid.errors().get(2).message()).startsWith("'astrology' is not one of: machine_learning, ");
		assertThat(invalid.errors().get(10).message())
			.isEqualTo("'GBR' is not an ISO 3166-1 alpha-2 country code such as US or GB (GBR is GB)");
	}

	@Test
	void aMustHaveNeedsItsValue() {
		assertThatThrownBy(() -> validator.parse(new ProfileRequest(null, null, null, null, null, null, null, null,
				null, null, null, List.of("budget", "credential", "country"), null, null)))
			.isInstanceOfSatisfying(InvalidProfileException.class, ex -> assertThat(ex.errors())
				.extracting(FieldError::field, FieldError::code, FieldError::message)
				.containsExactly(
						tuple("maxBudgetUsd", "REQUIRED",
								"Needed because budget is a must-have"),
						tuple("country", "REQUIRED",
								"Needed because country is a must-have"),
						tuple("credentials", "REQUIRED",
								"Needed because credential is a must-have")));
	}

	@Test
	void anUnreadableValueIsNotReportedAgainAsMissing() {
		InvalidProfileException invalid = catchThrowableOfType(InvalidProfileException.class,
				() -> validator.parse(new ProfileRequest(null, null, null, null, null, null, List.of("radio"), null,
						null, null, null, List.of("deliveryFormat"), null, null)));

		assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("deliveryFormats[0]");
	}

	@Test
	void anEmptyProfileIsValidAndGetsTheDefaultLimit() {
		LearnerProfile profile = validator.parse(
				new ProfileRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null));

		assertThat(profile.limit()).isEqualTo(LearnerProfile.DEFAULT_LIMIT);
		assertThat(validator.validate(profile)).isEmpty();
	}

	@Test
	void aProfileBuiltInCodeIsHeldToTheSameRules() {
		LearnerProfile profile = LearnerProfile.builder().interests("not_a_topic").limit(0).build();

		assertThat(validator.validate(profile)).extracting(FieldError::field).containsExactly("interests[0]", "limit");
	}

	@Test
	void diversityStopsWhereVaryingTheListWouldOutweighRelevance() {
		assertThat(validator.parse(request(0.3)).diversity()).isEqualTo(0.3);
		assertThatThrownBy(() -> validator.parse(request(0.31))).isInstanceOfSatisfying(InvalidProfileException.class,
				ex -> assertThat(ex.errors()).singleElement().satisfies(error -> {
					assertThat(error.field()).isEqualTo("diversity");
					assertThat(error.message()).isEqualTo("Must be between 0 (off) and 0.3 (strongly varied), not 0.31");
				}));
	}

	private static ProfileRequest request(double diversity) {
		return ProfileRequest.of(LearnerProfile.builder().role(Audience.CLINICIAN).diversity(diversity).build());
	}

	@Test
	void aRequestRoundTripsThroughItsWireForm() {
		LearnerProfile profile = LearnerProfile.builder()
			.role(Audience.CLINICIAN)
			.goals(Goal.CLINICAL_PRACTICE)
			.interests("ethics")
			.maxBudgetUsd("5000")
			.deliveryFormats(DeliveryFormat.ONLINE)
			.mustHave(MustHave.BUDGET)
			.limit(7)
			.diversity(0.0)
			.build();

		assertThat(validator.parse(ProfileRequest.of(profile))).isEqualTo(profile);
	}

	@Test
	void thePersonasAreValidProfilesForTheFourPeopleTheProductServes() {
		Personas personas = Personas.load(getClass().getResourceAsStream("/recommender/personas.json"), validator);

		assertThat(personas.all()).extracting(Persona::key)
			.containsExactly("clinician", "researcher", "executive", "engineer");
		assertThat(personas.all()).allSatisfy(p -> assertThat(validator.validate(p.profile())).isEmpty());
		assertThat(personas.find("researcher").orElseThrow().profile().requires(MustHave.CREDENTIAL)).isTrue();
	}

	@Test
	void aPersonaThatBreaksARuleFailsTheLoadByName() {
		String broken = "[{\"key\": \"bad\", \"label\": \"Bad\", \"description\": \"x\", \"profile\": {\"role\": \"doctor\"}}]";

		assertThatThrownBy(() -> Personas.load(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), validator))
			.hasMessageStartingWith("Persona 'bad': Invalid learner profile: role: 'doctor' is not one of");
	}

}
