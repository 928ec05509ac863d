package org.aimnav.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.aimnav.ingest.ImportHistory;
import org.aimnav.ingest.ImportInProgressException;
import org.aimnav.ingest.ImportMode;
import org.aimnav.ingest.ImportNotFoundException;
import org.aimnav.ingest.ImportNotRestartableException;
import org.aimnav.ingest.ImportOptions;
import org.aimnav.ingest.ImportProblem;
import org.aimnav.ingest.ImportProperties;
import org.aimnav.ingest.ImportRefusedException;
import org.aimnav.ingest.ImportRun;
import org.aimnav.ingest.Imports;
import org.aimnav.ingest.ProblemCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Curators' import pages: the upload form and history, one import with its live progress (htmx
 * polls a fragment; without JavaScript the page refreshes itself), and its report grouped by code.
 */
@Controller
@RequestMapping("/admin/imports")
class ImportPageController {

	/** Examples shown per problem code; the CSV download holds every problem. */
	static final int EXAMPLES_PER_CODE = 5;

	/** Imports a page of the history lists. */
	static final int HISTORY_PAGE_SIZE = 25;

	private final Imports imports;

	private final ImportProperties properties;

	private final Clock clock;

	ImportPageController(Imports imports, ImportProperties properties, Clock clock) {
		this.imports = imports;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		// A page before the first or past the last shows the nearest page there is.
		int wanted = Math.max(0, Math.min(page, 1_000_000));
		ImportHistory history = imports.history(wanted, HISTORY_PAGE_SIZE);
		if (wanted > 0 && history.imports().isEmpty() && history.total() > 0) {
			history = imports.history(history.totalPages() - 1, HISTORY_PAGE_SIZE);
		}
		model.addAttribute("history", history.imports().stream().map(run -> ImportView.of(run, clock)).toList());
		model.addAttribute("historyPage", history);
		model.addAttribute("maxFileSize", properties.maxFileSizeText());
		model.addAttribute("maxFileBytes", properties.maxFileSize().toBytes());
		return "imports/imports";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") String dryRun,
			@RequestParam(defaultValue = "0") String maxRejectedRows, @RequestParam(defaultValue = "replace") String mode,
			Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		String refusal = null;
		// What keeps the upload from starting that is not the file's fault: the form's own fields.
		String notStarted = null;
		ImportOptions options = ImportOptions.defaults();
		switch (dryRun.strip().toLowerCase(Locale.ROOT)) {
			case "true", "on", "yes", "1" -> options = options.withDryRun(true);
			case "false", "off", "no", "0", "" -> options = options.withDryRun(false);
			default -> notStarted = "\"Dry run\" must be on or off ('" + dryRun + "' is neither).";
		}
		try {
			options = options.withMode(ImportMode.fromCode(mode));
		}
		catch (IllegalArgumentException ex) {
			notStarted = "the mode must be replace or merge ('" + mode + "' is not one).";
		}
		try {
			options = options.withMaxRejectedRows(Long.parseLong(maxRejectedRows.strip()));
		}
		catch (IllegalArgumentException ex) {
			notStarted = "\"Rejected rows allowed\" must be a whole number, 0 or more ('" + maxRejectedRows
					+ "' is not one).";
		}
		if (notStarted == null && (file == null || file.isEmpty())) {
			notStarted = "choose a CSV file to upload (the file was empty or missing).";
		}
		if (notStarted == null) {
			try (InputStream content = file.getInputStream()) {
				ImportRun run = imports.submit(file.getOriginalFilename() == null ? "upload.csv"
						: file.getOriginalFilename(), content, options);
				return "redirect:/admin/imports/" + run.importId();
			}
			catch (ImportRefusedException ex) {
				refusal = ex.getMessage();
				response.setStatus(ex.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
			}
			catch (ImportInProgressException ex) {
				redirect.addFlashAttribute("busy", String.format("%s was not imported: this import is running, and "
						+ "imports run one at a time. Upload the file again when it has finished.",
						file.getOriginalFilename() == null ? "The file" : file.getOriginalFilename()));
				return "redirect:/admin/imports/" + ex.runningImportId();
			}
		}
		else {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("refusal", refusal);
		model.addAttribute("notStarted", notStarted);
		return list(0, model);
	}

	@GetMapping("/{importId}")
	String one(@PathVariable String importId, Model model) {
		ImportView view = ImportView.of(find(importId), clock);
		model.addAttribute("run", view);
		model.addAttribute("groups", groups(importId, view));
		return "imports/import";
	}

	/** The progress block alone, for htmx to swap in while the import runs. */
	@GetMapping("/{importId}/progress")
	String progress(@PathVariable String importId, Model model, HttpServletResponse response) {
		ImportView view = ImportView.of(find(importId), clock);
		if (view.finished()) {
			// The report needs the whole page: htmx follows this header with a full reload.
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("run", view);
		return "imports/import :: progress";
	}

	@PostMapping("/{importId}/restart")
	String restart(@PathVariable String importId, RedirectAttributes redirect) {
		try {
			imports.restart(importId);
		}
		catch (ImportNotRestartableException | ImportInProgressException ex) {
			redirect.addFlashAttribute("busy", ex.getMessage());
		}
		return "redirect:/admin/imports/" + importId;
	}

	@GetMapping("/{importId}/errors.csv")
	void errorsCsv(@PathVariable String importId, HttpServletResponse response) throws IOException {
		find(importId);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("import-" + importId + "-errors.csv").build().toString());
		try (Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
			imports.writeProblemsCsv(importId, writer);
		}
	}

	private Map<String, List<ImportProblem>> groups(String importId, ImportView view) {
		Map<String, List<ImportProblem>> groups = new LinkedHashMap<>();
		view.countsByCode().keySet().forEach(code -> groups.put(code,
				imports.problems(importId, ProblemCode.valueOf(code), EXAMPLES_PER_CODE)));
		return groups;
	}

	private ImportRun find(String importId) {
		try {
			return imports.find(importId).orElseThrow(() -> new ImportNotFoundException(importId));
		}
		catch (ImportNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
