package org.aimnav.web.system;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.aimnav.web.support.ServerTestSupport;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document at /v3/api-docs says what docs/api.md says: the admin operations' HTTP
 * Basic scheme, the 202 of an upload and a restart, an upload's policy fields as multipart form
 * fields, and the problem+json answers as the server writes them.
 */
class ApiDocumentationTests extends ServerTestSupport {

	private static final String ACTIVATE = "/api/v1/catalog/versions/{version}/activate";

	@Test
	void theBasicSchemeIsDefinedAsHttpBasicAndEverySecurityRequirementNamesADefinedScheme() {
		JsonNode api = api();

		JsonNode schemes = api.path("components").path("securitySchemes");
		assertThat(schemes.path("basic").path("type").asString()).isEqualTo("http");
		assertThat(schemes.path("basic").path("scheme").asString()).isEqualTo("basic");
		operations(api).forEach((name, operation) -> {
			for (JsonNode requirement : operation.path("security")) {
				assertThat(requirement.propertyNames()).as(name).allMatch(schemes::has);
			}
		});
	}

	@Test
	void activationAndEveryImportOperationNeedTheAdministratorAndNoOtherOperationDoes() {
		Map<String, JsonNode> operations = operations(api());

		assertThat(operations).containsKeys("POST " + ACTIVATE, "POST /api/v1/imports", "GET /api/v1/programs",
				"POST /api/v1/recommendations");
		operations.forEach((name, operation) -> {
			boolean admin = name.equals("POST " + ACTIVATE) || name.contains(" /api/v1/imports");
			assertThat(securityNames(operation)).as(name).isEqualTo(admin ? Set.of("basic") : Set.of());
		});
	}

	@Test
	void anUploadAndARestartAnswer202WithLocationNot200() {
		JsonNode api = api();

		for (String path : List.of("/api/v1/imports", "/api/v1/imports/{importId}/restart")) {
			JsonNode responses = api.path("paths").path(path).path("post").path("responses");
			assertThat(responses.has("200")).as(path).isFalse();
			assertThat(responses.path("202").path("headers").has("Location")).as(path).isTrue();
			assertThat(responses.path("202").path("content").toString()).as(path).contains("ImportView");
		}
	}

	@Test
	void anUploadsPolicyFieldsAreMultipartFormFieldsBesideTheFileNotQueryParameters() {
		JsonNode upload = api().path("paths").path("/api/v1/imports").path("post");

		List<String> queryParameters = new ArrayList<>();
		upload.path("parameters").forEach(parameter -> queryParameters.add(parameter.path("name").asString()));
		assertThat(queryParameters).isEmpty();
		assertThat(upload.path("requestBody").path("content").propertyNames()).containsExactly("multipart/form-data");
		JsonNode form = upload.path("requestBody").path("content").path("multipart/form-data").path("schema");
		JsonNode fields = form.path("properties");
		assertThat(fields.propertyNames()).containsExactlyInAnyOrder("file", "dryRun", "maxRejectedRows", "mode");
		assertThat(form.path("required").toString()).isEqualTo("[\"file\"]");
		assertThat(fields.path("file").path("type").asString()).isEqualTo("string");
		assertThat(fields.path("file").path("format").asString()).isEqualTo("binary");
		assertThat(fields.path("dryRun").path("type").asString()).isEqualTo("boolean");
		assertThat(fields.path("maxRejectedRows").path("type").asString()).isEqualTo("integer");
		assertThat(fields.path("maxRejectedRows").path("minimum").asInt()).isZero();
		assertThat(fields.path("maxRejectedRows").path("default").asInt()).isZero();
		assertThat(fields.path("mode").path("enum").toString()).isEqualTo("[\"replace\",\"merge\"]");
		assertThat(fields.path("mode").path("default").asString()).isEqualTo("replace");
	}

	@Test
	void theUploadDeclaresItsProblemsAsProblemJson() {
		JsonNode responses = api().path("paths").path("/api/v1/imports").path("post").path("responses");

		assertThat(responses.propertyNames()).contains("400", "401", "409", "413", "415", "429");
		for (String status : List.of("400", "401", "409", "413", "415", "429")) {
			assertThat(responses.path(status).path("content").path("application/problem+json").path("schema")
				.path("$ref").asString()).as(status).isEqualTo("#/components/schemas/Problem");
		}
		assertThat(responses.path("429").path("headers").has("Retry-After")).isTrue();
	}

	@Test
	void theDocumentedProblemsOfSearchVersionsAndRecommendationsAreDeclared() {
		Map<String, JsonNode> operations = operations(api());

		assertThat(statuses(operations.get("GET /api/v1/programs"))).contains("400");
		assertThat(statuses(operations.get("GET /api/v1/programs/{programId}"))).contains("404");
		assertThat(statuses(operations.get("POST /api/v1/recommendations"))).contains("400");
		assertThat(statuses(operations.get("GET /api/v1/recommendations/why-not"))).contains("400", "404", "503");
		assertThat(statuses(operations.get("POST /api/v1/recommendations/why-not"))).contains("400", "404", "503");
		assertThat(statuses(operations.get("POST " + ACTIVATE))).contains("401", "404", "409");
		assertThat(statuses(operations.get("GET /api/v1/programs"))).doesNotContain("401", "429");
	}

	@Test
	void theProblemSchemaDescribesTheProblemsTheServerWrites() {
		JsonNode schemas = api().path("components").path("schemas");
		Collection<String> problemFields = schemas.path("Problem").path("properties").propertyNames();
		Collection<String> fieldErrorFields = schemas.path("FieldError").path("properties").propertyNames();

		JsonNode invalid = body(get("/api/v1/programs?credential=doctorate&size=0"));
		JsonNode unauthorized = body(send(HttpRequest.newBuilder(uri("/api/v1/imports"))
			.header("Accept", "application/json")
			.GET()
			.build()));

		assertThat(problemFields).containsAll(invalid.propertyNames()).containsAll(unauthorized.propertyNames());
		assertThat(schemas.path("Problem").path("required").toString())
			.isEqualTo("[\"type\",\"title\",\"status\",\"detail\"]");
		assertThat(unauthorized.propertyNames()).contains("type", "title", "status", "detail");
		assertThat(invalid.path("errors")).hasSize(2);
		invalid.path("errors")
			.forEach(error -> assertThat(error.propertyNames()).containsExactlyInAnyOrderElementsOf(fieldErrorFields));
		assertThat(schemas.path("Problem").path("properties").path("errors").path("items").path("$ref").asString())
			.isEqualTo("#/components/schemas/FieldError");
	}

	@Test
	void everyReferenceInTheDocumentResolves() {
		JsonNode api = api();
		List<String> references = new ArrayList<>();
		collectReferences(api, references);

		assertThat(references).isNotEmpty();
		for (String reference : references) {
			assertThat(reference).startsWith("#/");
			assertThat(api.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
		}
	}

	private JsonNode api() {
		HttpResponse<String> response = get("/v3/api-docs");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return body(response);
	}

	/** Every operation of the document by "METHOD path". */
	private static Map<String, JsonNode> operations(JsonNode api) {
		Map<String, JsonNode> operations = new TreeMap<>();
		api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
			if (Set.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
				operations.put(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
						method.getValue());
			}
		}));
		return operations;
	}

	private static Set<String> securityNames(JsonNode operation) {
		Set<String> names = new TreeSet<>();
		operation.path("security").forEach(requirement -> names.addAll(requirement.propertyNames()));
		return names;
	}

	private static Collection<String> statuses(JsonNode operation) {
		return operation.path("responses").propertyNames();
	}

	private static void collectReferences(JsonNode node, List<String> references) {
		if (node.isObject()) {
			node.properties().forEach(property -> {
				if (property.getKey().equals("$ref")) {
					references.add(property.getValue().asString());
				}
				else {
					collectReferences(property.getValue(), references);
				}
			});
		}
		else if (node.isArray()) {
			node.forEach(element -> collectReferences(element, references));
		}
	}

}
