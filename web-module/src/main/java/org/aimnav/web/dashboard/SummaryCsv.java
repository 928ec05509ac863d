package org.aimnav.web.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.aimnav.catalog.program.SpreadsheetSafe;
import org.aimnav.catalog.stats.CatalogSummary;
import org.aimnav.catalog.stats.Distribution;
import org.aimnav.catalog.stats.Freshness;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A catalog summary in long form, one number per row: {@code dimension, value, metric, number}
 * (for example {@code credential, phd, programs, 7} or {@code tuition_usd, masters, median, 18000}),
 * the shape spreadsheets and data tools pivot most easily. Every cell is spreadsheet-safe.
 */
final class SummaryCsv {

	private SummaryCsv() {
	}

	/** @param onlyDimension when not null, only the rows of this dimension */
	/** The dimensions of the rows, in the order they are written: what {@code dimension=} may name. */
	static final List<String> DIMENSIONS = List.of("catalog", "credential", "delivery_format", "pace", "country",
			"audience", "topic", "tuition_usd", "duration_months", "topic_by_credential", "column", "freshness");

	static void write(CatalogSummary summary, Writer writer, String onlyDimension) throws IOException {
		CSVPrinter printer = CSVFormat.RFC4180.builder()
			.setHeader("dimension", "value", "metric", "number")
			.get()
			.print(writer);
		Rows csv = new Rows(printer, onlyDimension);
		row(csv, "catalog", "version", "catalog_version", summary.catalogVersion());
		row(csv, "catalog", "all", "programs", summary.programCount());
		row(csv, "catalog", "all", "institutions", summary.institutionCount());
		row(csv, "catalog", "all", "countries", summary.countryCount());
		counts(csv, "credential", summary.byCredential());
		counts(csv, "delivery_format", summary.byDeliveryFormat());
		counts(csv, "pace", summary.byPace());
		counts(csv, "country", summary.byCountry());
		counts(csv, "audience", summary.byAudience());
		counts(csv, "topic", summary.byTopic());
		distributions(csv, "tuition_usd", summary.tuitionUsd().get("byCredential"));
		distributions(csv, "duration_months", summary.durationMonths().get("byCredential"));
		summary.topicByCredential()
			.forEach((topic, byCredential) -> byCredential.forEach((credential,
					count) -> row(csv, "topic_by_credential", topic + "/" + credential, "programs", count)));
		summary.completeness().forEach((column, share) -> row(csv, "column", column, "completeness", share));
		summary.notStated().forEach((column, blanks) -> row(csv, "column", column, "not_stated", blanks));
		Freshness freshness = summary.freshness();
		row(csv, "freshness", "all", "verified", freshness.verifiedCount());
		row(csv, "freshness", "all", "unconfirmed", freshness.unconfirmedCount());
		row(csv, "freshness", "all", "unconfirmed_share", freshness.unconfirmedShare());
		if (freshness.medianAgeDays() != null) {
			row(csv, "freshness", "all", "median_age_days", freshness.medianAgeDays());
		}
		freshness.byAge().forEach((band, count) -> row(csv, "freshness", band, "programs", count));
		printer.flush();
	}

	private static void counts(Rows csv, String dimension, Map<String, Long> counts) {
		counts.forEach((value, count) -> row(csv, dimension, value, "programs", count));
	}

	private static void distributions(Rows csv, String dimension, Map<String, Distribution> byCredential) {
		byCredential.forEach((credential, d) -> {
			row(csv, dimension, credential, "count", d.count());
			row(csv, dimension, credential, "min", d.min());
			row(csv, dimension, credential, "q1", d.q1());
			row(csv, dimension, credential, "median", d.median());
			row(csv, dimension, credential, "q3", d.q3());
			row(csv, dimension, credential, "max", d.max());
			row(csv, dimension, credential, "mean", d.mean());
		});
	}

	private static void row(Rows csv, String dimension, String value, String metric, Number number) {
		if (csv.only() != null && !csv.only().equals(dimension)) {
			return;
		}
		try {
			csv.printer().printRecord(SpreadsheetSafe.cell(dimension), SpreadsheetSafe.cell(value),
					SpreadsheetSafe.cell(metric), format(number));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Rows(CSVPrinter printer, String only) {
	}

	/** A number as the CSVs write it: a whole double without ".0". */
	static String format(Number number) {
		if (number instanceof Double d) {
			return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString(d.longValue()) : Double.toString(d);
		}
		return number.toString();
	}

}
