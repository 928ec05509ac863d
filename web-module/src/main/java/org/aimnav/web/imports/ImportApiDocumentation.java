package org.aimnav.web.imports;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.aimnav.ingest.ImportMode;
import org.aimnav.ingest.ImportOptions;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The imports as docs/api.md describes them, where springdoc reads {@link ImportApiController}
 * otherwise: an upload's policy fields are multipart form fields beside the file (springdoc takes
 * the plain {@code @RequestParam}s the controller reads them with for query parameters, which a
 * generated client would then send in the URL), and an upload or a restart answers 202 with
 * Location (springdoc sees a {@code ResponseEntity} and assumes 200).
 */
@Component
class ImportApiDocumentation implements OpenApiCustomizer {

	private static final String IMPORTS = "/api/v1/imports";

	private static final String RESTART = "/api/v1/imports/{importId}/restart";

	@Override
	public void customise(OpenAPI openApi) {
		Operation upload = post(openApi, IMPORTS);
		if (upload.getParameters() != null) {
			upload.getParameters().removeIf(parameter -> "query".equals(parameter.getIn()));
			if (upload.getParameters().isEmpty()) {
				upload.setParameters(null);
			}
		}
		upload.setRequestBody(uploadForm());
		accepted(upload, "Accepted: the import is queued or running; follow Location for its progress");
		accepted(post(openApi, RESTART), "Accepted: the import resumes from its last committed chunk; follow "
				+ "Location for its progress");
	}

	private static Operation post(OpenAPI openApi, String path) {
		PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get(path);
		if (item == null || item.getPost() == null) {
			throw new IllegalStateException("No operation POST " + path + " to document");
		}
		return item.getPost();
	}

	private static RequestBody uploadForm() {
		ImportOptions defaults = ImportOptions.defaults();
		ObjectSchema form = new ObjectSchema();
		form.addProperty("file", new StringSchema().format("binary")
			.description("The catalog CSV file (docs/catalog-csv-format.md)"));
		form.addProperty("dryRun", new BooleanSchema()._default(defaults.dryRun())
			.description("true: validate and report only; nothing is published"));
		form.addProperty("maxRejectedRows", new IntegerSchema().format("int64")
			.minimum(BigDecimal.ZERO)
			._default(defaults.maxRejectedRows())
			.description("Rejected rows that still allow publishing the valid ones"));
		form.addProperty("mode", new StringSchema()._enum(Arrays.stream(ImportMode.values()).map(ImportMode::code).toList())
			._default(defaults.mode().code())
			.description("replace: the file is the whole new catalog; merge: its rows are added to, or replace rows "
					+ "of, a copy of the current version"));
		form.setRequired(List.of("file"));
		return new RequestBody().required(true)
			.description("A field left out takes its default; a field sent empty, sent twice or not one of these is a 400")
			.content(new Content().addMediaType(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE,
					new MediaType().schema(form)));
	}

	/** Replaces the 200 that springdoc assumed with the 202 the controller answers, keeping its body. */
	private static void accepted(Operation operation, String description) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		ApiResponse ok = responses.remove("200");
		ApiResponse accepted = new ApiResponse().description(description)
			.content(ok == null ? null : ok.getContent())
			.addHeaderObject("Location", new Header().description("The import: /api/v1/imports/{importId}")
				.required(true)
				.schema(new StringSchema().format("uri-reference")));
		ApiResponses reordered = new ApiResponses().addApiResponse("202", accepted);
		reordered.putAll(responses);
		operation.setResponses(reordered);
	}

}
