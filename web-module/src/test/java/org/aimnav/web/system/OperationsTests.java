package org.aimnav.web.system;

import java.net.http.HttpResponse;

import org.aimnav.web.support.ServerTestSupport;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, metrics, and the OpenAPI description. */
class OperationsTests extends ServerTestSupport {

	@Test
	void healthIsPublicAndSaysOnlyTheStatus() {
		HttpResponse<String> response = get("/actuator/health");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode health = body(response);
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.has("components")).isFalse();
		assertThat(health.has("details")).isFalse();
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
