package org.aimnav.web.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aimnav.catalog.stats.CatalogStatisticsService;
import org.aimnav.catalog.stats.CatalogSummary;
import org.aimnav.ingest.ImportStatistics;
import org.aimnav.ingest.ImportStatistics.ImportSummary;
import org.aimnav.web.system.ApiException;
import org.aimnav.web.system.ApiFieldError;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Summary statistics for machines: the JSON the dashboard draws, and the same as CSV. */
@RestController
@RequestMapping("/api/v1/stats")
@Tag(name = "Statistics")
class StatsApiController {

	private final CatalogStatisticsService statistics;

	private final ImportStatistics imports;

	StatsApiController(CatalogStatisticsService statistics, ImportStatistics imports) {
		this.statistics = statistics;
		this.imports = imports;
	}

	@GetMapping("/imports")
	@Operation(summary = "Import analytics: imports over time, outcomes, reject rate by error code",
			description = "Aggregates only; the import history itself is for administrators (/api/v1/imports).")
	ImportSummary imports(@Parameter(description = "only imports started from this instant (ISO-8601)")
	@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from) {
		return imports.summary(from);
	}

	@GetMapping("/imports.csv")
	@Operation(summary = "The import analytics in long form: list, value, label, metric, number (CSV)")
	ResponseEntity<String> importsCsv(@Parameter(description = "only imports started from this instant (ISO-8601)")
	@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from) {
		return AnalyticsCsv.of(imports.summary(from));
	}

	@GetMapping("/summary")
	@Operation(summary = "Statistics of the current (or a given) catalog version",
			description = "Counts by credential, format, pace, country, audience and topic; tuition and duration "
					+ "distributions per credential over stated values only; the topic by credential matrix; "
					+ "completeness and freshness. Computed once per version.")
	CatalogSummary summary(@Parameter(description = "a published catalog version; the current one when absent")
	@RequestParam(required = false) Integer version) {
		return version == null ? statistics.current() : statistics.summary(version);
	}

	@GetMapping(value = "/summary.csv")
	@Operation(summary = "The summary in long form: dimension, value, metric, number (formula-safe CSV)")
	ResponseEntity<String> summaryCsv(@RequestParam(required = false) Integer version,
			@Parameter(description = "only the rows of this dimension, for example credential or tuition_usd")
			@RequestParam(required = false) String dimension) {
		if (dimension != null && !SummaryCsv.DIMENSIONS.contains(dimension)) {
			throw ApiException.invalid(List.of(new ApiFieldError("dimension", "ENUM", "'" + dimension
					+ "' is not a dimension of the summary; use one of " + String.join(", ", SummaryCsv.DIMENSIONS))));
		}
		CatalogSummary summary = summary(version);
		StringWriter out = new StringWriter();
		try {
			SummaryCsv.write(summary, out, dimension);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("aim-navigator-summary-v" + summary.catalogVersion()
					+ (dimension == null ? "" : "-" + dimension) + ".csv")
				.build()
				.toString())
			.body(out.toString());
	}

}
