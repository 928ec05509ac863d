package org.aimnav.web.recommend;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.aimnav.web.support.ServerTestSupport;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Journey 2 over real HTTP on the curated catalog. */
class RecommendationApiTests extends ServerTestSupport {

	static final String RESEARCHER = """
			{"role": "student", "goals": ["research"], "interests": ["machine_learning", "biomedical_informatics",
			 "ehr_data"], "interestsText": "PhD training to create AI methods for large clinical datasets",
			 "credentials": ["phd"], "mustHave": ["credential"], "country": "US", "limit": 5}
			""";

	@Test
	void aProfileDrawnFromAProgramsDescriptionFindsItNearTheTop() {
		JsonNode result = body(postJson("/api/v1/recommendations", RESEARCHER));

		assertThat(ids(result)).contains("harvard-hms-aim-phd");
		assertThat(ids(result).indexOf("harvard-hms-aim-phd")).isLessThan(3);
		assertThat(result.get("catalogVersion").asInt()).isPositive();
		assertThat(result.get("profileEcho").get("role").asString()).isEqualTo("student");
	}

	@Test
	void scoresAreBoundedAndSortedAndEveryResultCarriesReasons() {
		JsonNode result = body(postJson("/api/v1/recommendations", """
				{"role": "clinician", "goals": ["clinical_practice", "upskilling"],
				 "interests": ["clinical_decision_support", "ethics"], "deliveryFormats": ["online"], "limit": 10}
				"""));

		List<Double> scores = new ArrayList<>();
		int rank = 1;
		for (JsonNode r : result.get("results")) {
			assertThat(r.get("rank").asInt()).isEqualTo(rank++);
			double score = r.get("score").asDouble();
			assertThat(score).isBetween(0.0, 1.0);
			scores.add(score);
			assertThat(r.get("reasons").size()).isPositive();
			r.get("reasons").forEach(reason -> {
				assertThat(reason.get("text").asString()).isNotBlank();
				assertThat(reason.has("factor") && reason.has("weight") && reason.has("contribution")).isTrue();
			});
		}
		assertThat(scores).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void identicalRequestsGetIdenticalAnswers() {
		String first = postJson("/api/v1/recommendations", RESEARCHER).body();
		String second = postJson("/api/v1/recommendations", RESEARCHER).body();

		assertThat(second).isEqualTo(first);
	}

	@Test
	void anImpossibleProfileGetsUsefulRelaxations() {
		JsonNode result = body(postJson("/api/v1/recommendations", """
				{"role": "clinician", "interests": ["medical_imaging"], "credentials": ["phd"],
				 "deliveryFormats": ["online"], "maxBudgetUsd": 1000,
				 "mustHave": ["credential", "deliveryFormat", "budget"], "limit": 5}
				"""));

		assertThat(result.get("results").size()).isLessThan(5);
		JsonNode relaxations = result.get("relaxations");
		assertThat(relaxations.size()).isPositive();
		relaxations.forEach(r -> {
			assertThat(r.get("constraint").asString()).isNotBlank();
			assertThat(r.get("suggestion").asString()).isNotBlank();
			assertThat(r.get("additionalMatches").asInt()).isPositive();
		});
	}

	@Test
	void unknownEnumValuesAre400NamingTheFieldAndTheAllowedValues() {
		HttpResponse<String> response = postJson("/api/v1/recommendations",
				"{\"role\": \"astronaut\", \"deliveryFormats\": [\"online\", \"by-post\"], \"limit\": 500}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		List<String> fields = new ArrayList<>();
		body(response).get("errors").forEach(error -> fields.add(error.get("field").asString()));
		assertThat(fields).contains("role", "limit").anyMatch(field -> field.startsWith("deliveryFormats"));
		assertThat(response.body()).contains("clinician").contains("in_person");
	}

	@Test
	void aSingleBadValueIsNamedInTheDetailWithTheCodesTheImportUses() {
		JsonNode problem = body(postJson("/api/v1/recommendations", "{\"goals\": [\"fame\"]}"));

		assertThat(problem.get("detail").asString())
			.isEqualTo("goals[0]: 'fame' is not one of: research, clinical_practice, leadership, career_change, upskilling");
		assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("ENUM");
		assertThat(body(postJson("/api/v1/recommendations", "{\"maxBudgetUsd\": 1e400}")).get("detail").asString())
			.isEqualTo("maxBudgetUsd: Must be between 0 and 1000000 US dollars, not 1" + "0".repeat(59) + "…");
		HttpResponse<String> fractional = postJson("/api/v1/recommendations", "{\"limit\": 50.5}");
		assertThat(fractional.statusCode()).as("not silently 50").isEqualTo(400);
		assertThat(body(fractional).get("errors").get(0).get("field").asString()).isEqualTo("limit");
	}

	@Test
	void malformedJsonIs400() {
		assertThat(postJson("/api/v1/recommendations", "{\"role\": ").statusCode()).isEqualTo(400);
		assertThat(postJson("/api/v1/recommendations", "[1, 2]").statusCode()).isEqualTo(400);
		assertThat(postJson("/api/v1/recommendations", "{\"maxBudgetUsd\": \"cheap\"}").statusCode()).isEqualTo(400);
		HttpResponse<String> empty = postJson("/api/v1/recommendations", "");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).doesNotContain("Exception");
	}

	@Test
	void whyNotExplainsAnExcludedProgramByPostAndByQuery() {
		JsonNode byPost = body(postJson("/api/v1/recommendations/why-not", """
				{"programId": "harvard-hms-aim-phd",
				 "profile": {"role": "executive", "credentials": ["executive_education"], "mustHave": ["credential"]}}
				"""));
		assertThat(byPost.get("programId").asString()).isEqualTo("harvard-hms-aim-phd");
		assertThat(byPost.get("status").asString()).isEqualTo("excluded");
		assertThat(byPost.get("exclusions").get(0).get("constraint").asString()).isEqualTo("credential");
		assertThat(byPost.get("reasons").size()).isPositive();

		JsonNode byQuery = body(get("/api/v1/recommendations/why-not?programId=harvard-hms-aim-phd"
				+ "&role=executive&credentials=executive_education&mustHave=credential"));
		assertThat(byQuery.get("status").asString()).isEqualTo("excluded");

		assertThat(postJson("/api/v1/recommendations/why-not", "{\"programId\": \"nope\", \"profile\": {}}")
			.statusCode()).isEqualTo(404);
		HttpResponse<String> noProfile = postJson("/api/v1/recommendations/why-not",
				"{\"programId\": \"harvard-hms-aim-phd\"}");
		assertThat(noProfile.statusCode()).isEqualTo(400);
		assertThat(body(noProfile).get("errors").get(0).get("field").asString()).isEqualTo("profile");
	}

	@Test
	void thePersonasArePresets() {
		JsonNode personas = body(get("/api/v1/recommendations/personas"));

		List<String> keys = new ArrayList<>();
		personas.forEach(p -> keys.add(p.get("key").asString()));
		assertThat(keys).contains("clinician", "researcher", "executive", "engineer");
	}

	@Test
	void requestsAreLoggedForDemandAnalytics() {
		postJson("/api/v1/recommendations", """
				{"role": "engineer", "interests": ["genomics"], "deliveryFormats": ["online"], "credentials": ["phd"],
				 "mustHave": ["deliveryFormat", "credential"], "limit": 5}
				""");

		JsonNode demand = awaitDemand();
		assertThat(demand.get("requestCount").asInt()).isPositive();
		assertThat(demand.get("topInterests").toString()).contains("genomics");
		assertThat(demand.get("topRoles").toString()).contains("engineer");
		assertThat(demand.has("mostRecommended") && demand.has("neverRecommended")).isTrue();
		assertThat(demand.get("unmetConstraints").toString()).contains("credential");
	}

	private JsonNode awaitDemand() {
		// The log is written off the request path; give it a moment.
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		JsonNode demand = body(get("/api/v1/stats/recommendations"));
		while (!demand.get("topInterests").toString().contains("genomics") && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			demand = body(get("/api/v1/stats/recommendations"));
		}
		return demand;
	}

	private static List<String> ids(JsonNode result) {
		List<String> ids = new ArrayList<>();
		result.get("results").forEach(r -> ids.add(r.get("programId").asString()));
		return ids;
	}

}
