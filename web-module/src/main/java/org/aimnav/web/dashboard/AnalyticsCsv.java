package org.aimnav.web.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.aimnav.catalog.program.SpreadsheetSafe;
import org.aimnav.ingest.ImportStatistics.ImportSummary;
import org.aimnav.recommender.demand.DemandSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Demand and import analytics in long form, one number per row: {@code list, value, label,
 * metric, number} (for example {@code top_interests, medical_imaging, Medical imaging, requests, 14}
 * or {@code most_recommended, uab-ms-ai-in-medicine, MS in AI in Medicine, average_rank, 2.5}), the
 * shape spreadsheets pivot most easily, as the catalog summary's CSV. UTF-8 with a byte-order mark
 * (program names are not ASCII); every text cell is spreadsheet-safe.
 */
public final class AnalyticsCsv {

	private final StringWriter out = new StringWriter();

	private final CSVPrinter printer;

	private AnalyticsCsv() {
		out.write('\uFEFF');
		try {
			printer = CSVFormat.RFC4180.builder().setHeader("list", "value", "label", "metric", "number").get().print(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The demand analytics of the dashboard and of {@code /api/v1/stats/recommendations}. */
	public static ResponseEntity<String> of(DemandSummary demand) {
		AnalyticsCsv csv = new AnalyticsCsv();
		csv.row("requests", "all", "", "requests", demand.requestCount());
		demand.topInterests().forEach(v -> csv.row("top_interests", v.value(), v.label(), "requests", v.count()));
		demand.topRoles().forEach(v -> csv.row("top_roles", v.value(), v.label(), "requests", v.count()));
		demand.topGoals().forEach(v -> csv.row("top_goals", v.value(), v.label(), "requests", v.count()));
		demand.mostRecommended().forEach(p -> {
			String label = p.inCatalog() ? p.programName() : "";
			csv.row("most_recommended", p.programId(), label, "recommendations", p.recommendations());
			csv.row("most_recommended", p.programId(), label, "average_rank", p.averageRank());
		});
		demand.neverRecommended()
			.forEach(p -> csv.row("never_recommended", p.programId(), p.programName(), "recommendations", 0));
		csv.row("never_recommended", "all", "", "programs", demand.neverRecommendedCount());
		demand.unmetConstraints().forEach(u -> {
			csv.row("unmet_constraints", u.constraint(), u.label(), "requests", u.requests());
			csv.row("unmet_constraints", u.constraint(), u.label(), "fewest_results", u.fewestResults());
			csv.row("unmet_constraints", u.constraint(), u.label(), "most_results", u.mostResults());
		});
		demand.requestsByDay()
			.forEach(d -> csv.row("requests_by_day", d.day().toString(), "", "requests", d.requests()));
		return csv.download("aim-navigator-demand.csv");
	}

	/** The import analytics of the dashboard and of {@code /api/v1/stats/imports}. */
	public static ResponseEntity<String> of(ImportSummary imports) {
		AnalyticsCsv csv = new AnalyticsCsv();
		csv.row("imports", "all", "", "imports", imports.imports());
		imports.byStatus().forEach((status, count) -> csv.row("imports_by_status", status, "", "imports", count));
		csv.row("rows", "all", "", "read", imports.rowsRead());
		csv.row("rows", "all", "", "valid", imports.rowsValid());
		csv.row("rows", "all", "", "rejected", imports.rowsRejected());
		csv.row("rows", "all", "", "reject_rate", imports.rejectRate());
		imports.byDay().forEach(day -> {
			csv.row("imports_by_day", day.day().toString(), "", "imports", day.imports());
			day.byStatus().forEach((status, count) -> csv.row("imports_by_day", day.day().toString(), status,
					"imports", count));
		});
		imports.byCode().forEach(code -> {
			csv.row("problems_by_code", code.code(), "", "problems", code.problems());
			csv.row("problems_by_code", code.code(), "", "imports", code.imports());
			csv.row("problems_by_code", code.code(), "", "per_row_read", code.perRowRead());
		});
		return csv.download("aim-navigator-imports.csv");
	}

	private void row(String list, String value, String label, String metric, Number number) {
		try {
			printer.printRecord(list, SpreadsheetSafe.cell(value), SpreadsheetSafe.cell(label), metric,
					SummaryCsv.format(number));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ResponseEntity<String> download(String fileName) {
		try {
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(out.toString());
	}

}
