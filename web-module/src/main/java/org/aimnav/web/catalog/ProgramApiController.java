package org.aimnav.web.catalog;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramPage;
import org.aimnav.catalog.program.ProgramQuery;
import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.program.ProgramSearch;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.web.system.ApiException;
import org.aimnav.web.system.ApiFieldError;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

/** The catalog API: search with facets, one program, and the filtered catalog as a download. */
@RestController
@RequestMapping("/api/v1/programs")
@Tag(name = "Catalog", description = "Programs of the current catalog version")
class ProgramApiController {

	private final ProgramSearch search;

	private final ProgramRepository programs;

	private final CatalogVersions versions;

	private final Taxonomy taxonomy;

	private final JsonMapper json;

	private final ProgramFilterReader reader;

	ProgramApiController(ProgramSearch search, ProgramRepository programs, CatalogVersions versions,
			Taxonomy taxonomy, JsonMapper json, ProgramFilterReader reader) {
		this.search = search;
		this.programs = programs;
		this.versions = versions;
		this.taxonomy = taxonomy;
		this.json = json;
		this.reader = reader;
	}

	@GetMapping
	@Operation(summary = "Search the current catalog",
			description = "Free text (q), facet filters (repeatable; values of one facet are alternatives, facets "
					+ "combine with AND), upper bounds (never met by an unstated value), sort, paging, and facet "
					+ "counts that apply every filter but their own.")
	ProgramPage list(@ParameterObject ProgramFilterParams filter, @Parameter(hidden = true) BindingResult binding,
			HttpServletRequest request) {
		return search.search(versions.requireCurrentVersion(), query(filter, binding, request, new ArrayList<>()));
	}

	@GetMapping("/{programId}")
	@Operation(summary = "One program of the current catalog")
	Program one(@PathVariable String programId) {
		int version = versions.requireCurrentVersion();
		return programs.find(version, programId)
			.orElseThrow(() -> ApiException
				.notFound("No program '" + programId + "' in the current catalog (version " + version + ")."));
	}

	@GetMapping("/export")
	@Operation(summary = "The filtered catalog as a download",
			description = "CSV in the upload format (formula-safe: cells that a spreadsheet would run are "
					+ "prefixed with an apostrophe) or a JSON array. Takes the same filters as the search; "
					+ "page and size are ignored.")
	ResponseEntity<StreamingResponseBody> export(
			@Parameter(description = "csv or json") @RequestParam(defaultValue = "csv") String format,
			@ParameterObject ProgramFilterParams filter, @Parameter(hidden = true) BindingResult binding,
			HttpServletRequest request) {
		boolean csv = "csv".equalsIgnoreCase(format);
		List<ApiFieldError> problems = new ArrayList<>();
		if (!csv && !"json".equalsIgnoreCase(format)) {
			problems.add(new ApiFieldError("format", "ENUM", "format: '" + format + "' is not one of csv, json"));
		}
		ProgramQuery query = query(filter, binding, request, problems);
		int version = versions.requireCurrentVersion();
		String fileName = "aim-navigator-catalog-v" + version + (csv ? ".csv" : ".json");
		StreamingResponseBody body = csv ? out -> {
			try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
				// The byte-order mark makes Excel read the file as UTF-8 (without it, "Zürich" opens
				// as "ZÃ¼rich"); the import ignores it, so the export still imports back unchanged.
				writer.write('\uFEFF');
				ProgramCsv.write(writer, consumer -> search.forEachMatch(version, query, consumer));
			}
		} : out -> {
			try (SequenceWriter writer = json.writer().writeValuesAsArray(out)) {
				search.forEachMatch(version, query, writer::write);
			}
		};
		return ResponseEntity.ok()
			.contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	/** The search the parameters ask for, or a 400 naming every value that cannot be used, after {@code problems}. */
	private ProgramQuery query(ProgramFilterParams filter, BindingResult binding, HttpServletRequest request,
			List<ApiFieldError> problems) {
		ProgramFilterParams read = reader.read(filter, binding, request, problems);
		if (!problems.isEmpty()) {
			throw ApiException.invalid(problems);
		}
		return read.toQuery(taxonomy, ProgramQuery.DEFAULT_SIZE);
	}

}
