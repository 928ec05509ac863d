package org.aimnav.web.catalog;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.aimnav.catalog.support.TestPrograms;
import org.aimnav.web.support.ServerTestSupport;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog API over real HTTP, on the curated catalog loaded at first start. */
class ProgramApiTests extends ServerTestSupport {

	@Test
	void listsEveryProgramOfTheCuratedCatalog() {
		JsonNode page = body(get("/api/v1/programs?size=200"));

		assertThat(page.get("total").asInt()).isEqualTo(36);
		assertThat(page.get("catalogVersion").asInt()).isPositive();
		List<String> ids = new ArrayList<>();
		page.get("items").forEach(item -> ids.add(item.get("programId").asString()));
		assertThat(ids).containsExactlyInAnyOrderElementsOf(
				TestPrograms.curated().stream().map(p -> p.programId()).toList());
		List<String> institutions = new ArrayList<>();
		page.get("items").forEach(item -> institutions.add(item.get("institution").asString()));
		assertThat(institutions).anyMatch(i -> i.contains("Harvard"))
			.anyMatch(i -> i.contains("University of Louisville") || i.contains("Louisville"))
			.anyMatch(i -> i.contains("Alabama at Birmingham") || i.contains("UAB"))
			.anyMatch(i -> i.contains("Stanford"))
			.anyMatch(i -> i.contains("Johns Hopkins"))
			.anyMatch(i -> i.contains("MIT"));
	}

	@Test
	void aProgramHasEveryFieldOfTheContractWithNullForUnknownValues() {
		JsonNode harvard = body(get("/api/v1/programs/harvard-hms-aim-phd"));

		assertThat(harvard.propertyNames()).containsExactlyInAnyOrder("programId", "institution", "programName",
				"credential", "deliveryFormat", "pace", "durationMonths", "tuitionUsd", "country", "city", "audiences",
				"topics", "minPriorDegree", "description", "url", "sourceUrl", "lastVerified");
		assertThat(harvard.get("credential").asString()).isEqualTo("phd");
		assertThat(harvard.get("deliveryFormat").asString()).isEqualTo("in_person");
		assertThat(harvard.get("pace").asString()).isEqualTo("full_time");
		assertThat(harvard.get("durationMonths").isNull()).isTrue();
		assertThat(harvard.get("tuitionUsd").isNumber()).isTrue();
		assertThat(harvard.get("tuitionUsd").asInt()).isZero();
		assertThat(harvard.get("audiences").get(0).asString()).isEqualTo("researcher");
		assertThat(harvard.get("lastVerified").asString()).isEqualTo("2026-11-28");
		assertThat(harvard.get("sourceUrl").isNull()).isTrue();
	}

	@Test
	void filtersReturnOnlyMatchingPrograms() {
		JsonNode masters = body(get("/api/v1/programs?credential=masters&size=200"));
		assertThat(masters.get("total").asInt()).isEqualTo(count(p -> p.credential().code().equals("masters")));
		masters.get("items").forEach(item -> assertThat(item.get("credential").asString()).isEqualTo("masters"));

		JsonNode onlineUs = body(get("/api/v1/programs?deliveryFormat=online&country=us&size=200"));
		onlineUs.get("items").forEach(item -> {
			assertThat(item.get("deliveryFormat").asString()).isEqualTo("online");
			assertThat(item.get("country").asString()).isEqualTo("US");
		});
		assertThat(onlineUs.get("total").asInt()).isEqualTo(count(p -> p.deliveryFormat() != null
				&& p.deliveryFormat().code().equals("online") && "US".equals(p.country())));

		JsonNode cheap = body(get("/api/v1/programs?maxTuitionUsd=3000&size=200"));
		cheap.get("items").forEach(item -> assertThat(item.get("tuitionUsd").asDouble()).isLessThanOrEqualTo(3000));
		assertThat(cheap.get("total").asInt()).isEqualTo(count(p -> p.tuitionUsd() != null
				&& p.tuitionUsd().doubleValue() <= 3000));

		JsonNode clinicianEthics = body(get("/api/v1/programs?audience=clinician&topic=ethics&size=200"));
		clinicianEthics.get("items").forEach(item -> {
			assertThat(item.get("audiences").toString()).contains("clinician");
			assertThat(item.get("topics").toString()).contains("ethics");
		});
		assertThat(clinicianEthics.get("total").asInt()).isEqualTo(count(p -> p.audiences().stream()
			.anyMatch(a -> a.code().equals("clinician")) && p.topics().contains("ethics")));
	}

	@Test
	void facetsCountValuesAndFreeTextRanksMatches() {
		JsonNode all = body(get("/api/v1/programs"));
		assertThat(all.get("facets").get("credential").get("phd").asInt())
			.isEqualTo(count(p -> p.credential().code().equals("phd")));
		assertThat(all.get("items").size()).isEqualTo(20);

		JsonNode harvard = body(get("/api/v1/programs?q=harvard"));
		assertThat(harvard.get("total").asInt()).isGreaterThanOrEqualTo(2);
		harvard.get("items").forEach(item -> assertThat(item.get("institution").asString()).containsIgnoringCase("harvard"));
	}

	@Test
	void pagingAndSortingFollowTheContract() {
		JsonNode second = body(get("/api/v1/programs?sort=name&page=1&size=10"));
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(second.get("size").asInt()).isEqualTo(10);
		assertThat(second.get("items").size()).isEqualTo(10);

		JsonNode byTuition = body(get("/api/v1/programs?sort=tuition&size=200"));
		List<Double> tuitions = new ArrayList<>();
		byTuition.get("items").forEach(item -> {
			if (!item.get("tuitionUsd").isNull()) {
				tuitions.add(item.get("tuitionUsd").asDouble());
			}
		});
		assertThat(tuitions).isSorted();
		assertThat(byTuition.get("items").get(35).get("tuitionUsd").isNull()).isTrue();
	}

	@Test
	void anUnknownProgramIsA404Problem() {
		HttpResponse<String> response = get("/api/v1/programs/no-such-program");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = body(response);
		assertThat(problem.get("type").asString()).isEqualTo("about:blank");
		assertThat(problem.get("title").asString()).isEqualTo("Not found");
		assertThat(problem.get("status").asInt()).isEqualTo(404);
		assertThat(problem.get("detail").asString()).contains("no-such-program");
	}

	@Test
	void badParametersAre400ProblemsNamingTheFieldAndTheAllowedValues() {
		JsonNode badEnum = body(expect400("/api/v1/programs?credential=doctorate"));
		assertThat(badEnum.get("errors").get(0).get("field").asString()).isEqualTo("credential");
		assertThat(badEnum.get("errors").get(0).get("code").asString()).isEqualTo("ENUM");
		assertThat(badEnum.get("errors").get(0).get("message").asString()).contains("doctorate")
			.contains("phd, masters, graduate_certificate");

		JsonNode badTopic = body(expect400("/api/v1/programs?topic=astrology"));
		assertThat(badTopic.get("errors").get(0).get("field").asString()).isEqualTo("topic");
		assertThat(badTopic.get("errors").get(0).get("message").asString()).contains("medical_imaging");

		JsonNode tooBig = body(expect400("/api/v1/programs?size=500"));
		assertThat(tooBig.get("errors").get(0).get("field").asString()).isEqualTo("size");
		assertThat(tooBig.get("errors").get(0).get("code").asString()).isEqualTo("RANGE");

		JsonNode notANumber = body(expect400("/api/v1/programs?maxTuitionUsd=cheap"));
		assertThat(notANumber.get("errors").get(0).get("field").asString()).isEqualTo("maxTuitionUsd");

		JsonNode badSort = body(expect400("/api/v1/programs?sort=price"));
		assertThat(badSort.get("errors").get(0).get("message").asString()).contains("relevance, tuition, duration, name");
	}

	@Test
	void aParameterWhosePercentEncodingIsNotUtf8IsA400NamingItOnTheApiAndThePages() {
		for (String path : List.of("/api/v1/programs?q=%FF%FE", "/api/v1/programs/export?format=csv&q=%C3",
				"/api/v1/recommendations/why-not?programId=%FF")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).get().asString()
				.startsWith("application/problem+json");
			assertThat(body(response).get("detail").asString()).as(path)
				.startsWith("The query parameter '" + (path.contains("programId") ? "programId" : "q")
						+ "' could not be read: its percent-encoding is not UTF-8");
		}

		// Refused by Tomcat itself, before the application: still problem+json, not Tomcat's HTML page.
		HttpResponse<String> path = get("/api/v1/programs/%FF");
		assertThat(path.statusCode()).isEqualTo(400);
		assertThat(path.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
		assertThat(body(path).get("detail").asString()).contains("percent-encoded byte that is not UTF-8");

		HttpResponse<String> pagePath = getHtml("/programs/%FF");
		assertThat(pagePath.statusCode()).isEqualTo(400);
		assertThat(pagePath.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
		assertThat(pagePath.body()).contains("<h1>400 · Bad Request</h1>");
		HttpResponse<String> login = getHtml("/login?error=%FF");
		assertThat(login.statusCode()).as("the template read the parameter: a 500 mid-render").isEqualTo(400);

		HttpResponse<String> page = getHtml("/programs?q=%FF");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
		assertThat(page.body()).contains("The query parameter &#39;q&#39; could not be read");
	}

	@Test
	void everyBadParameterIsNamedAtOnceEvenWhenOneCannotBeReadAtAll() {
		JsonNode search = body(expect400("/api/v1/programs?size=abc&page=-1&maxDurationMonths=0"
				+ "&credential=phd&credential=wizardry&topic=astrology&country=usa"));
		JsonNode export = body(expect400("/api/v1/programs/export?format=xlsx&maxTuitionUsd=cheap&topic=astrology"));

		assertThat(fieldsAndCodes(search)).containsExactlyInAnyOrder("size TYPE", "credential ENUM", "page RANGE",
				"maxDurationMonths RANGE", "topic ENUM", "country ENUM");
		assertThat(search.get("detail").asString()).isEqualTo("6 inputs are invalid; see errors.");
		assertThat(messages(search)).as("only the unknown value of the list, not the list")
			.anyMatch(m -> m.startsWith("credential: 'wizardry' is not one of phd,"))
			.contains("maxDurationMonths must be greater than 0", "size: 'abc' is not a valid number");
		assertThat(fieldsAndCodes(export)).containsExactlyInAnyOrder("format ENUM", "maxTuitionUsd TYPE", "topic ENUM");
		JsonNode tooLong = body(expect400("/api/v1/programs?country=" + "x".repeat(5000) + "&size=" + "9".repeat(70)
				+ "a"));
		assertThat(messages(tooLong)).as("a long value is quoted short, as the import's reports quote it")
			.containsExactlyInAnyOrder(
					"country: '" + "x".repeat(60) + "…' is not an ISO 3166-1 alpha-2 code such as US or GB",
					"size: '" + "9".repeat(60) + "…' is not a valid number");
		JsonNode noSuchCountry = body(expect400(
				"/api/v1/programs?country=UK&country=zz&country=gb&country=deu&country=switzerland"));
		assertThat(messages(noSuchCountry)).as("two letters that name no country match nothing: say so")
			.containsExactly("country: 'UK' is not an ISO 3166-1 alpha-2 code such as US or GB (the United Kingdom is GB)",
					"country: 'zz' is not an ISO 3166-1 alpha-2 code such as US or GB",
					"country: 'deu' is not an ISO 3166-1 alpha-2 code such as US or GB (DEU is DE)",
					"country: 'switzerland' is not an ISO 3166-1 alpha-2 code such as US or GB (Switzerland is CH)");
		JsonNode otherwiseWritten = body(expect400("/api/v1/programs?country=U.S.&country=Deutschland"));
		assertThat(messages(otherwiseWritten)).containsExactly(
				"country: 'U.S.' is not an ISO 3166-1 alpha-2 code such as US or GB (the United States is US)",
				"country: 'Deutschland' is not an ISO 3166-1 alpha-2 code such as US or GB (Deutschland is DE)");
	}

	@Test
	void aCountryCodeIsTrimmedOfTheBlanksTheImportTrims() {
		// A code copied from a web page comes with a no-break space; the import reads it as the code.
		JsonNode pasted = body(get("/api/v1/programs?country=%C2%A0us&size=200"));
		assertThat(pasted.get("total").asInt()).isEqualTo(count(p -> "US".equals(p.country()))).isPositive();
	}

	private static List<String> messages(JsonNode problem) {
		List<String> messages = new ArrayList<>();
		problem.get("errors").forEach(e -> messages.add(e.get("message").asString()));
		return messages;
	}

	private static List<String> fieldsAndCodes(JsonNode problem) {
		List<String> errors = new ArrayList<>();
		problem.get("errors").forEach(e -> errors.add(e.get("field").asString() + " " + e.get("code").asString()));
		return errors;
	}

	@Test
	void aParameterGivenTwiceWithAWrongValueIsQuotedAsWrittenNotAsAJavaArray() {
		JsonNode problem = body(expect400("/api/v1/programs?size=abc&size=2"));

		assertThat(problem.toString()).doesNotContain("[Ljava");
		assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("size: 'abc, 2' is not a valid number");
	}

	@Test
	void aNumberTooLargeForItsFieldIsARangeProblemNotAnInvalidNumber() {
		JsonNode error = body(expect400("/api/v1/programs?page=99999999999")).get("errors").get(0);

		assertThat(error.get("code").asString()).isEqualTo("RANGE");
		assertThat(error.get("message").asString()).isEqualTo("page: '99999999999' is far too large a number");
	}

	@Test
	void aMissingRequiredParameterIsA400NamingIt() {
		int version = body(get("/api/v1/programs?size=1")).get("catalogVersion").asInt();

		JsonNode problem = body(expect400("/api/v1/catalog/versions/" + version + "/diff"));

		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("against");
		assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("REQUIRED");
	}

	@Test
	void exportsTheFilteredCatalogAsCsvInTheUploadFormat() {
		HttpResponse<String> response = get("/api/v1/programs/export?format=csv&credential=phd");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/csv"));
		assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				value -> assertThat(value).contains("attachment").contains(".csv"));
		String[] lines = response.body().split("\r\n");
		assertThat(lines[0]).as("after a byte-order mark, for spreadsheets").isEqualTo("\uFEFFprogram_id,institution,program_name,credential,delivery_format,pace,"
				+ "duration_months,tuition_usd,country,city,audiences,topics,min_prior_degree,description,url,"
				+ "source_url,last_verified");
		assertThat(response.body()).contains("harvard-hms-aim-phd").doesNotContain("stanford-ai-in-healthcare");
	}

	@Test
	void exportsJsonAndRefusesUnknownFormats() {
		HttpResponse<String> response = get("/api/v1/programs/export?format=json&topic=genomics");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode programs = body(response);
		assertThat(programs.isArray()).isTrue();
		assertThat(programs.size()).isEqualTo(count(p -> p.topics().contains("genomics")));

		assertThat(get("/api/v1/programs/export?format=xlsx").statusCode()).isEqualTo(400);
	}

	@Test
	void unknownPathsAndMethodsAreProblemsToo() {
		HttpResponse<String> missing = get("/api/v1/nowhere");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(body(missing).get("status").asInt()).isEqualTo(404);

		HttpResponse<String> wrongMethod = send(java.net.http.HttpRequest.newBuilder(uri("/api/v1/programs"))
			.header("Accept", "application/json")
			.DELETE()
			.build());
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(wrongMethod.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	private HttpResponse<String> expect400(String path) {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		return response;
	}

	private static int count(java.util.function.Predicate<org.aimnav.catalog.program.Program> predicate) {
		return (int) TestPrograms.curated().stream().filter(predicate).count();
	}

}
