package org.aimnav.web.system;

import java.net.http.HttpResponse;
import java.util.OptionalInt;

import org.aimnav.web.support.ServerTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, metrics, and the OpenAPI description. */
class OperationsTests extends ServerTestSupport {

	@Test
	void healthIsPublicAndSaysOnlyTheStatus() throws InterruptedException {
		// Ready once the recommender holds the curated catalog, a second or so after start-up.
		HttpResponse<String> response = get("/actuator/health");
		for (int i = 0; i < 300 && response.statusCode() == 503; i++) {
			Thread.sleep(100);
			response = get("/actuator/health");
		}

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode health = body(response);
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.has("components")).isFalse();
		assertThat(health.has("details")).isFalse();
	}

	@Test
	void readinessWaitsForTheRecommendersFirstSnapshotUnlessThereIsNoCatalogAtAll() {
		OptionalInt none = OptionalInt.empty();
		OptionalInt three = OptionalInt.of(3);

		assertThat(new RecommenderReadiness(() -> none, () -> three).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(new RecommenderReadiness(() -> three, () -> three).health().getStatus()).isEqualTo(Status.UP);
		assertThat(new RecommenderReadiness(() -> three, () -> OptionalInt.of(4)).health().getStatus())
			.as("a newer version is built while the one held serves").isEqualTo(Status.UP);
		assertThat(new RecommenderReadiness(() -> none, () -> none).health().getStatus()).isEqualTo(Status.UP);
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void prometheusMetricsAreExposed() {
		HttpResponse<String> response = send(java.net.http.HttpRequest.newBuilder(uri("/actuator/prometheus")).GET().build());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
	}

	@Test
	void theOpenApiDocumentNamesThePaths() {
		JsonNode api = body(get("/v3/api-docs"));

		assertThat(api.get("openapi").asString()).startsWith("3.");
		assertThat(api.get("paths").propertyNames()).contains("/api/v1/programs", "/api/v1/programs/{programId}",
				"/api/v1/programs/export", "/api/v1/catalog/versions", "/api/v1/catalog/versions/{version}/diff",
				"/api/v1/catalog/versions/{version}/activate");
	}

	@Test
	void swaggerUiIsServed() {
		HttpResponse<String> response = send(java.net.http.HttpRequest.newBuilder(uri("/swagger-ui/index.html")).GET().build());

		assertThat(response.statusCode()).isEqualTo(200);
	}

}
