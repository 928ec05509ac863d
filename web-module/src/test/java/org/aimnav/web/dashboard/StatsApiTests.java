package org.aimnav.web.dashboard;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.support.TestPrograms;
import org.aimnav.web.support.ServerTestSupport;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The statistics API against an independent computation over the curated CSV. */
class StatsApiTests extends ServerTestSupport {

	final List<Program> curated = TestPrograms.curated();

	@Test
	void theSummaryMatchesAnIndependentComputationOverTheCuratedCatalog() {
		JsonNode summary = body(get("/api/v1/stats/summary"));

		assertThat(summary.get("programCount").asInt()).isEqualTo(curated.size());
		assertThat(summary.get("institutionCount").asInt())
			.isEqualTo((int) curated.stream().map(Program::institution).distinct().count());
		Map<String, Long> byCredential = curated.stream()
			.collect(Collectors.groupingBy(p -> p.credential().code(), TreeMap::new, Collectors.counting()));
		assertThat(asCounts(summary.get("byCredential"))).isEqualTo(byCredential);
		Map<String, Long> byTopic = new TreeMap<>();
		curated.forEach(p -> p.topics().forEach(t -> byTopic.merge(t, 1L, Long::sum)));
		assertThat(asCounts(summary.get("byTopic"))).isEqualTo(byTopic);

		JsonNode tuition = summary.get("tuitionUsd").get("byCredential");
		curated.stream()
			.filter(p -> p.tuitionUsd() != null)
			.collect(Collectors.groupingBy(p -> p.credential().code(),
					Collectors.mapping(p -> p.tuitionUsd().doubleValue(), Collectors.toList())))
			.forEach((credential, values) -> {
				List<Double> sorted = new ArrayList<>(values);
				sorted.sort(null);
				int n = sorted.size();
				double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
				assertThat(tuition.get(credential).get("median").asDouble()).as(credential).isEqualTo(median);
				assertThat(tuition.get(credential).get("max").asDouble()).as(credential).isEqualTo(sorted.get(n - 1));
				assertThat(tuition.get(credential).get("count").asInt()).as(credential).isEqualTo(n);
			});
		assertThat(summary.get("completeness").get("program_id").asDouble()).isEqualTo(1.0);
		assertThat(summary.get("topicByCredential").get("research_methods").get("phd").asInt()).isPositive();
	}

	@Test
	void theSummaryIsAlsoALongFormCsv() {
		HttpResponse<String> response = get("/api/v1/stats/summary.csv");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/csv"));
		List<String> lines = response.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("dimension,value,metric,number");
		assertThat(lines).contains("catalog,all,programs,36");
		long phd = curated.stream().filter(p -> p.credential().code().equals("phd")).count();
		assertThat(lines).contains("credential,phd,programs," + phd);
		assertThat(lines).anyMatch(line -> line.startsWith("tuition_usd,phd,median,"));
	}

	@Test
	void theCsvCanBeNarrowedToOneDimensionAndAnUnknownOneIsA400() {
		List<String> all = get("/api/v1/stats/summary.csv").body().lines().skip(1).toList();
		assertThat(all.stream().map(line -> line.substring(0, line.indexOf(','))).distinct().toList())
			.as("every dimension written is one that can be asked for, in order")
			.containsExactlyElementsOf(SummaryCsv.DIMENSIONS);

		List<String> credential = get("/api/v1/stats/summary.csv?dimension=credential").body().lines().skip(1).toList();
		assertThat(credential).isNotEmpty().allMatch(line -> line.startsWith("credential,"));

		HttpResponse<String> bogus = get("/api/v1/stats/summary.csv?dimension=bogus");
		assertThat(bogus.statusCode()).isEqualTo(400);
		JsonNode error = body(bogus).get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("dimension");
		assertThat(error.get("message").asString()).contains("'bogus'", "credential, delivery_format");
	}

	@Test
	void importAnalyticsCountOutcomesWithoutNamingFiles() {
		JsonNode imports = body(get("/api/v1/stats/imports"));

		assertThat(imports.get("imports").asInt()).isPositive();
		assertThat(imports.get("byStatus").get("PUBLISHED").asInt()).isPositive();
		assertThat(imports.get("byDay").size()).isPositive();
		assertThat(imports.get("rowsRead").asLong()).isGreaterThanOrEqualTo(36);
		assertThat(imports.toString()).doesNotContain("programs.csv");
	}

	@Test
	void importAndDemandAnalyticsAreAlsoLongFormCsvWithTheJsonsNumbers() {
		JsonNode imports = body(get("/api/v1/stats/imports"));
		HttpResponse<String> importsCsv = get("/api/v1/stats/imports.csv");

		assertThat(importsCsv.statusCode()).isEqualTo(200);
		assertThat(importsCsv.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/csv"));
		List<String> lines = importsCsv.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFFlist,value,label,metric,number");
		assertThat(lines).contains("imports,all,,imports," + imports.get("imports").asLong(),
				"imports_by_status,PUBLISHED,,imports," + imports.get("byStatus").get("PUBLISHED").asLong(),
				"rows,all,,read," + imports.get("rowsRead").asLong());

		postJson("/api/v1/recommendations", "{\"role\": \"clinician\", \"interests\": [\"ethics\"], \"limit\": 3}");
		JsonNode demand = body(get("/api/v1/stats/recommendations?top=100"));
		List<String> demandLines = get("/api/v1/stats/recommendations.csv?top=100").body().lines().toList();
		assertThat(demandLines.get(0)).isEqualTo("\uFEFFlist,value,label,metric,number");
		assertThat(demandLines.stream().filter(line -> line.startsWith("requests,all,")).findFirst())
			.as("the request count, read at about the same time as the JSON")
			.hasValueSatisfying(line -> assertThat(Long.parseLong(line.substring(line.lastIndexOf(',') + 1)))
				.isGreaterThanOrEqualTo(demand.get("requestCount").asLong()));
		demand.get("neverRecommended").forEach(p -> assertThat(demandLines)
			.anyMatch(line -> line.startsWith("never_recommended," + p.get("programId").asString() + ",")));
		assertThat(demandLines).contains("never_recommended,all,,programs," + demand.get("neverRecommendedCount").asLong());
	}

	@Test
	void anUnknownVersionIsA404Problem() {
		HttpResponse<String> response = get("/api/v1/stats/summary?version=999");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(body(response).get("detail").asString()).contains("999");
	}

	private static Map<String, Long> asCounts(JsonNode node) {
		Map<String, Long> counts = new TreeMap<>();
		node.properties().forEach(entry -> counts.put(entry.getKey(), entry.getValue().asLong()));
		return counts;
	}

}
