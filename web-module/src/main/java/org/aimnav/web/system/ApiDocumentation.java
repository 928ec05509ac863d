package org.aimnav.web.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static java.util.Map.entry;

/**
 * What the OpenAPI document ({@code /v3/api-docs}) says that springdoc cannot read from the
 * controllers: the HTTP Basic scheme that admin operations name, and the problem+json answers of
 * each operation besides its success, as docs/api.md lists them. They are kept in one table here,
 * beside the shape of a problem that {@link ApiExceptionHandler} and the security handlers write,
 * rather than in the same annotations repeated on every method; operations that need the
 * administrator get 401 and 429 from their security requirement alone.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = ApiDocumentation.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
		description = "The administrator's user name and password (aimnav.admin.username, AIMNAV_ADMIN_PASSWORD)")
public class ApiDocumentation {

	/** The security scheme that admin-only operations name in {@code @SecurityRequirement}. */
	public static final String BASIC = "basic";

	private static final String PROBLEM = "Problem";

	private static final String FIELD_ERROR = "FieldError";

	private static final Answer INVALID = new Answer(400,
			"Invalid request: errors names every input at fault, each with a stable code");

	private static final Answer NOT_FOUND = new Answer(404, "Not found");

	/** Operations by "METHOD path" as the document names them, and what they answer besides success. */
	private static final Map<String, List<Answer>> PROBLEMS = Map.ofEntries(
			entry("GET /api/v1/programs", List.of(INVALID)),
			entry("GET /api/v1/programs/{programId}", List.of(NOT_FOUND)),
			entry("GET /api/v1/programs/export", List.of(INVALID)),
			entry("GET /api/v1/catalog/versions/{version}", List.of(NOT_FOUND)),
			entry("GET /api/v1/catalog/versions/{version}/diff", List.of(INVALID, NOT_FOUND)),
			entry("POST /api/v1/catalog/versions/{version}/activate", List.of(NOT_FOUND,
					new Answer(409, "The version was never published: it is staging (its import runs, or was "
							+ "interrupted) or was discarded"))),
			entry("POST /api/v1/imports", List.of(
					new Answer(400, "A policy field that is not valid (sent empty, too), a file refused as a whole, "
							+ "or a multipart body that cannot be read; errors names the fields at fault"),
					new Answer(409, "Another import is running (runningImportId names it)"),
					new Answer(413, "The file is larger than the limit (aimnav.import.max-file-size)"),
					new Answer(415, "The body is not multipart/form-data"))),
			entry("GET /api/v1/imports", List.of(INVALID)),
			entry("GET /api/v1/imports/{importId}", List.of(NOT_FOUND)),
			entry("POST /api/v1/imports/{importId}/restart", List.of(NOT_FOUND, new Answer(409,
					"The import did not fail (or its file is gone), or another import is running"))),
			entry("GET /api/v1/imports/{importId}/errors", List.of(INVALID, NOT_FOUND)),
			entry("GET /api/v1/imports/{importId}/errors.csv", List.of(NOT_FOUND)),
			entry("POST /api/v1/recommendations", List.of(INVALID)),
			entry("POST /api/v1/recommendations/why-not", whyNot()),
			entry("GET /api/v1/recommendations/why-not", whyNot()),
			entry("GET /api/v1/stats/summary", List.of(INVALID, NOT_FOUND)),
			entry("GET /api/v1/stats/summary.csv", List.of(INVALID, NOT_FOUND)),
			entry("GET /api/v1/stats/imports", List.of(INVALID)),
			entry("GET /api/v1/stats/imports.csv", List.of(INVALID)),
			entry("GET /api/v1/stats/recommendations", List.of(INVALID)),
			entry("GET /api/v1/stats/recommendations.csv", List.of(INVALID)));

	private static final Answer UNAUTHORIZED = new Answer(401, "No administrator credentials, or a wrong password",
			Map.of("WWW-Authenticate", new Header().description("Basic realm=\"AIM Navigator\"")
				.schema(new StringSchema())));

	private static final Answer LOCKED_OUT = new Answer(429, "Too many wrong passwords from this address: signing "
			+ "in is refused until Retry-After seconds have passed", retryAfter("Seconds until signing in is allowed"));

	private static List<Answer> whyNot() {
		return List.of(INVALID, new Answer(404, "The catalog does not have the program"),
				new Answer(503, "A version published seconds ago added the program, and the recommender is still "
						+ "preparing that version (without Retry-After when it could not prepare it)",
						retryAfter("Seconds to wait before asking again")));
	}

	private static Map<String, Header> retryAfter(String description) {
		return Map.of("Retry-After", new Header().description(description).schema(new IntegerSchema()));
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		return openApi -> {
			Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
			openApi.setComponents(components.addSchemas(FIELD_ERROR, fieldErrorSchema())
				.addSchemas(PROBLEM, problemSchema()));
			List<String> documented = new ArrayList<>();
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				String key = method + " " + path;
				List<Answer> answers = new ArrayList<>(PROBLEMS.getOrDefault(key, List.of()));
				if (PROBLEMS.containsKey(key)) {
					documented.add(key);
				}
				if (requiresBasic(operation)) {
					answers.add(UNAUTHORIZED);
					answers.add(LOCKED_OUT);
				}
				respond(operation, answers);
			}));
			if (documented.size() != PROBLEMS.size()) {
				// A renamed path would otherwise lose its error answers from the document without a word.
				List<String> stale = new ArrayList<>(PROBLEMS.keySet());
				stale.removeAll(documented);
				throw new IllegalStateException("No operation for the documented error answers of " + stale);
			}
		};
	}

	private static boolean requiresBasic(Operation operation) {
		return operation.getSecurity() != null
				&& operation.getSecurity().stream().anyMatch(requirement -> requirement.containsKey(BASIC));
	}

	private static void respond(Operation operation, List<Answer> answers) {
		if (answers.isEmpty()) {
			return;
		}
		// Success first, then the problems by status, whatever order springdoc and the table gave.
		TreeMap<String, ApiResponse> responses = new TreeMap<>(
				operation.getResponses() == null ? Map.of() : operation.getResponses());
		for (Answer answer : answers) {
			ApiResponse response = new ApiResponse().description(answer.description())
				.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
			answer.headers().forEach(response::addHeaderObject);
			responses.put(Integer.toString(answer.status()), response);
		}
		ApiResponses sorted = new ApiResponses();
		sorted.putAll(responses);
		operation.setResponses(sorted);
	}

	/** The problem+json body (RFC 9457) as {@link ApiExceptionHandler} and the security handlers write it. */
	private static Schema<?> problemSchema() {
		return new ObjectSchema()
			.description("Every error of the API, as application/problem+json (RFC 9457). No stack trace or "
					+ "internal class name is ever part of it.")
			.addProperty("type", new StringSchema().format("uri-reference")
				.description("about:blank: the problem means no more than its status"))
			.addProperty("title", new StringSchema().description("A short summary, the same for every problem of "
					+ "its kind"))
			.addProperty("status", new IntegerSchema().description("The HTTP status code"))
			.addProperty("detail", new StringSchema().description("What went wrong with this request, for people"))
			.addProperty("instance", new StringSchema().format("uri-reference").description("The path requested"))
			.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
				.description("For invalid input (400): every field at fault at once"))
			.addProperty("runningImportId", new StringSchema()
				.description("For 409 on an upload or a restart while another import runs: that import's id"))
			.required(List.of("type", "title", "status", "detail"));
	}

	private static Schema<?> fieldErrorSchema() {
		return new ObjectSchema().description("One invalid input of a request")
			.addProperty("field", new StringSchema().description("The field or parameter as the client spelled it, "
					+ "for example deliveryFormats[1]"))
			.addProperty("code", new StringSchema().description("A stable code: ENUM, TYPE, RANGE, REQUIRED, ..."))
			.addProperty("message", new StringSchema().description("What is wrong and what is allowed"))
			.required(List.of("field", "code", "message"));
	}

	/** One answer besides success: its status, what it means, and the headers it carries. */
	private record Answer(int status, String description, Map<String, Header> headers) {

		Answer(int status, String description) {
			this(status, description, Map.of());
		}

	}

}
