package org.aimnav.recommender.result;

import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.recommender.engine.Recommender;
import org.aimnav.recommender.engine.RecommenderProperties;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.MustHave;
import org.aimnav.recommender.profile.ProfileRequest;
import org.aimnav.recommender.profile.ProfileValidator;
import org.aimnav.recommender.support.Catalogs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The records serialise with the field names and codes of the public API (api.md, Recommendations). */
class ResultJsonTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final Recommender recommender = new Recommender(RecommenderProperties.defaults());

	@Test
	void aRequestBodyAsTheApiDescribesItBindsToAProfileRequest() {
		String body = """
				{"role": "clinician", "goals": ["clinical_practice"], "interests": ["ethics"],
				 "interestsText": "bedside tools", "maxBudgetUsd": 5000, "maxDurationMonths": 6,
				 "deliveryFormats": ["online"], "paces": ["part_time"], "country": "US",
				 "priorDegree": "clinical_degree", "credentials": ["short_course"],
				 "mustHave": ["deliveryFormat"], "limit": 5}
				""";

		LearnerProfile profile = new ProfileValidator(Catalogs.taxonomy())
			.parse(json.readValue(body, ProfileRequest.class));

		assertThat(profile.mustHave()).containsExactly(MustHave.DELIVERY_FORMAT);
		assertThat(profile.limit()).isEqualTo(5);
	}

	@Test
	void aResultCarriesTheApiFieldNamesAndCodes() {
		LearnerProfile onlinePhd = LearnerProfile.builder()
			.interests("machine_learning")
			.credentials(Credential.PHD)
			.deliveryFormats(DeliveryFormat.ONLINE)
			.mustHave(MustHave.CREDENTIAL, MustHave.DELIVERY_FORMAT)
			.build();
		JsonNode empty = json.valueToTree(recommender.recommend(Catalogs.curated(), onlinePhd));
		JsonNode full = json.valueToTree(recommender.recommend(Catalogs.curated(),
				LearnerProfile.builder().interests("ethics").build()));

		assertThat(full.get("catalogVersion").asInt()).isEqualTo(1);
		JsonNode first = full.get("results").get(0);
		assertThat(first.has("rank") && first.has("programId") && first.has("programName") && first.has("institution")
				&& first.has("score")).isTrue();
		JsonNode reason = first.get("reasons").get(0);
		assertThat(reason.has("factor") && reason.has("weight") && reason.has("contribution") && reason.has("text"))
			.isTrue();
		JsonNode relaxation = empty.get("relaxations").get(0);
		assertThat(relaxation.get("constraint").asString()).isEqualTo("deliveryFormat");
		assertThat(relaxation.has("suggestion") && relaxation.has("additionalMatches")).isTrue();
		assertThat(relaxation.get("change").get("addDeliveryFormats").get(0).asString()).isEqualTo("in_person");
		JsonNode echo = empty.get("profileEcho");
		assertThat(echo.get("mustHave").get(0).asString()).isEqualTo("deliveryFormat");
		assertThat(echo.get("credentials").get(0).asString()).isEqualTo("phd");
	}

	@Test
	void whyNotWritesItsStatusAsACode() {
		JsonNode why = json.valueToTree(recommender.whyNot(Catalogs.curated(),
				LearnerProfile.builder().interests("genomics").build(), "cornell-ai-healthcare-leadership"));

		assertThat(why.get("status").asString()).isEqualTo("not_relevant");
	}

}
