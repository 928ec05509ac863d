package org.aimnav.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.aimnav.ingest.ImportHistory;
import org.aimnav.ingest.ImportMode;
import org.aimnav.ingest.ImportNotFoundException;
import org.aimnav.ingest.ImportOptions;
import org.aimnav.ingest.ImportProblem;
import org.aimnav.ingest.ImportRun;
import org.aimnav.ingest.Imports;
import org.aimnav.web.system.ApiException;
import org.aimnav.web.system.ApiFieldError;
import org.aimnav.web.system.FieldProblems;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Catalog imports over HTTP (admin only): upload, history, one import, its errors, restart. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Upload catalog CSV files; administrators only (HTTP Basic)")
@SecurityRequirement(name = "basic")
class ImportApiController {

	private final Imports imports;

	private final Clock clock;

	ImportApiController(Imports imports, Clock clock) {
		this.imports = imports;
		this.clock = clock;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a catalog CSV file",
			description = "Starts an import and answers 202 at once; follow Location for its progress. 400 for a file "
					+ "refused as a whole, 409 while another import runs, 413 over the size limit, 415 for a body "
					+ "that is not multipart.")
	ResponseEntity<ImportView> upload(@RequestPart(name = "file", required = false) MultipartFile file,
			@Parameter(description = "true: validate and report only") @RequestParam(required = false) String dryRun,
			@Parameter(description = "rejected rows that still allow publishing the valid ones (default 0)")
			@RequestParam(required = false) String maxRejectedRows,
			@Parameter(description = "replace (default) or merge") @RequestParam(required = false) String mode,
			MultipartHttpServletRequest request) throws IOException {
		List<ApiFieldError> errors = UploadFields.check(request);
		ImportOptions options = options(file, dryRun, maxRejectedRows, mode, errors);
		ImportRun run;
		try (InputStream content = file.getInputStream()) {
			run = imports.submit(file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename(),
					content, options);
		}
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/" + run.importId()))
			.body(ImportView.of(run, clock));
	}

	@GetMapping
	@Operation(summary = "The imports, newest first",
			description = "Paged (page from 0, size up to 1,000, default 100); X-Total-Count gives the number of "
					+ "imports, and a Link header with rel=\"next\" the page of older ones when there is one.")
	ResponseEntity<List<ImportView>> history(@Valid @ParameterObject ListPage.Imports paging) {
		int page = paging.pageOrFirst();
		int size = paging.sizeOrDefault();
		ImportHistory history = imports.history(page, size);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.header("X-Total-Count", Long.toString(history.total()));
		if (history.hasOlder()) {
			response.header(HttpHeaders.LINK,
					"</api/v1/imports?page=" + (page + 1) + "&size=" + size + ">; rel=\"next\"");
		}
		return response.body(history.imports().stream().map(run -> ImportView.of(run, clock)).toList());
	}

	@GetMapping("/{importId}")
	@Operation(summary = "One import: its status, counts and progress")
	ImportView one(@PathVariable String importId) {
		return ImportView.of(find(importId), clock);
	}

	@PostMapping("/{importId}/restart")
	@Operation(summary = "Resume an interrupted (failed) import from its last committed chunk")
	ResponseEntity<ImportView> restart(@PathVariable String importId) {
		ImportRun run = imports.restart(importId);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/" + run.importId()))
			.body(ImportView.of(run, clock));
	}

	@GetMapping("/{importId}/errors")
	@Operation(summary = "The import's problems, in file order",
			description = "Each problem: the physical line where the row starts, the column, a stable code, a message "
					+ "and the offending value. Paged (page from 0, size up to 10,000, default 1,000); X-Total-Count "
					+ "gives the number of problems, and a Link header with rel=\"next\" the next page when there is one.")
	ResponseEntity<List<ImportProblem>> errors(@PathVariable String importId,
			@Valid @ParameterObject ListPage.Problems paging) {
		int page = paging.pageOrFirst();
		int size = paging.sizeOrDefault();
		ImportRun run = find(importId);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok().header("X-Total-Count", Long.toString(run.problemCount()));
		if ((page + 1L) * size < run.problemCount()) {
			// A client reading only this page must be able to tell that it is not all.
			response.header(HttpHeaders.LINK, "</api/v1/imports/" + importId + "/errors?page=" + (page + 1) + "&size="
					+ size + ">; rel=\"next\"");
		}
		return response.body(imports.problems(importId, page, size));
	}

	@GetMapping("/{importId}/errors.csv")
	@Operation(summary = "Every problem of the import as CSV (line, column, code, message, value; formula-safe)")
	ResponseEntity<StreamingResponseBody> errorsCsv(@PathVariable String importId) {
		ImportRun run = find(importId);
		StreamingResponseBody body = out -> {
			try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
				imports.writeProblemsCsv(importId, writer);
			}
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("import-" + run.importId() + "-errors.csv")
				.build()
				.toString())
			.body(body);
	}

	private ImportRun find(String importId) {
		return imports.find(importId).orElseThrow(() -> new ImportNotFoundException(importId));
	}

	private static ImportOptions options(MultipartFile file, String dryRun, String maxRejectedRows, String mode,
			List<ApiFieldError> errors) {
		if ((file == null || file.isEmpty() && file.getOriginalFilename() == null) && !named(errors, UploadFields.FILE)) {
			errors.add(new ApiFieldError("file", "REQUIRED", "file: send the CSV file as the multipart part 'file'"));
		}
		ImportOptions options = ImportOptions.defaults();
		// A field sent empty is an error, not the default: a script whose variable was not set
		// (-F dryRun=$DRY) would otherwise publish, or replace the catalog where it meant to merge.
		if (dryRun != null && !named(errors, "dryRun")) {
			if (dryRun.strip().equalsIgnoreCase("true") || dryRun.strip().equalsIgnoreCase("false")) {
				options = options.withDryRun(Boolean.parseBoolean(dryRun.strip()));
			}
			else {
				errors.add(new ApiFieldError("dryRun", "TYPE", dryRun.isBlank()
						? "dryRun: an empty value is neither true nor false; send one, or leave the field out for false"
						: "dryRun: " + FieldProblems.quoted(dryRun) + " is not true or false"));
			}
		}
		if (maxRejectedRows != null && !named(errors, "maxRejectedRows")) {
			try {
				String written = maxRejectedRows.strip();
				// Long.parseLong takes any script's digits and a plus sign; the catalog's numbers are
				// ASCII digits, and so is this one.
				if (written.isEmpty() || !written.chars().allMatch(c -> c >= '0' && c <= '9')) {
					throw new NumberFormatException();
				}
				long value = Long.parseLong(written);
				if (value < 0) {
					throw new NumberFormatException();
				}
				options = options.withMaxRejectedRows(value);
			}
			catch (NumberFormatException ex) {
				errors.add(new ApiFieldError("maxRejectedRows", "RANGE", maxRejectedRows.isBlank()
						? "maxRejectedRows: an empty value is not a number of rows; send one, or leave the field out for 0"
						: "maxRejectedRows: " + FieldProblems.quoted(maxRejectedRows)
								+ " is not a whole number of rows, 0 or more"));
			}
		}
		if (mode != null && !named(errors, "mode")) {
			try {
				options = options.withMode(ImportMode.fromCode(mode));
			}
			catch (IllegalArgumentException ex) {
				errors.add(new ApiFieldError("mode", "ENUM", mode.isBlank()
						? "mode: an empty value is neither replace nor merge; send one, or leave the field out for replace"
						: "mode: " + FieldProblems.quoted(mode) + " is not an import mode; use replace or merge"));
			}
		}
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		return options;
	}

	/** Whether a field already has its error (sent twice: its values are not read as one). */
	private static boolean named(List<ApiFieldError> errors, String field) {
		return errors.stream().anyMatch(error -> error.field().equals(field));
	}

}
