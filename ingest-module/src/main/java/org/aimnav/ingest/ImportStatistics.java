package org.aimnav.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Import analytics for the dashboard: imports over time by outcome, outcomes overall, and how often
 * each rule rejects rows. Aggregates only (no file names), so the dashboard can show them to all.
 */
public class ImportStatistics {

	private final JdbcTemplate jdbc;

	public ImportStatistics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param from only imports started at or after this instant; null for all
	 */
	public ImportSummary summary(Instant from) {
		String where = from == null ? "" : " WHERE r.started_at >= ?";
		Object[] args = from == null ? new Object[0] : new Object[] { OffsetDateTime.ofInstant(from, ZoneOffset.UTC) };

		Map<String, Long> byStatus = new LinkedHashMap<>();
		for (ImportStatus status : ImportStatus.values()) {
			byStatus.put(status.name(), 0L);
		}
		long[] rows = new long[3];
		jdbc.query("SELECT r.status, COUNT(*) AS n, COALESCE(SUM(r.rows_read), 0) AS rows_read, "
				+ "COALESCE(SUM(r.rows_valid), 0) AS rows_valid, COALESCE(SUM(r.rows_rejected), 0) AS rows_rejected "
				+ "FROM import_run r" + where + " GROUP BY r.status", rs -> {
					byStatus.put(rs.getString("status"), rs.getLong("n"));
					rows[0] += rs.getLong("rows_read");
					rows[1] += rs.getLong("rows_valid");
					rows[2] += rs.getLong("rows_rejected");
				}, args);

		Map<LocalDate, Map<String, Long>> byDay = new TreeMap<>();
		jdbc.query("SELECT r.started_at, r.status FROM import_run r" + where, rs -> {
			LocalDate day = rs.getObject("started_at", OffsetDateTime.class).atZoneSameInstant(ZoneOffset.UTC)
				.toLocalDate();
			byDay.computeIfAbsent(day, d -> new LinkedHashMap<>()).merge(rs.getString("status"), 1L, Long::sum);
		}, args);
		List<DailyImports> days = new ArrayList<>();
		byDay.forEach((day, counts) -> days.add(new DailyImports(day, counts.values().stream().mapToLong(Long::longValue)
			.sum(), counts)));

		List<CodeRate> byCode = new ArrayList<>();
		jdbc.query("SELECT c.code, SUM(c.problem_count) AS problems, COUNT(DISTINCT c.import_id) AS imports "
				+ "FROM import_problem_count c JOIN import_run r ON r.import_id = c.import_id" + where
				+ " GROUP BY c.code ORDER BY problems DESC, c.code", rs -> {
					long problems = rs.getLong("problems");
					byCode.add(new CodeRate(rs.getString("code"), problems, rs.getLong("imports"),
							rows[0] == 0 ? 0 : (double) problems / rows[0]));
				}, args);

		long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
		return new ImportSummary(total, byStatus, rows[0], rows[1], rows[2],
				rows[0] == 0 ? 0 : (double) rows[2] / rows[0], days, byCode);
	}

	/**
	 * @param imports how many imports
	 * @param byStatus imports per outcome, every status named
	 * @param rowsRead rows read over all imports
	 * @param rejectRate rejected rows as a share of rows read
	 * @param byDay imports per day (UTC) with their outcomes
	 * @param byCode for each rule: problems found, imports that had any, problems per row read
	 */
	public record ImportSummary(long imports, Map<String, Long> byStatus, long rowsRead, long rowsValid,
			long rowsRejected, double rejectRate, List<DailyImports> byDay, List<CodeRate> byCode) {
	}

	public record DailyImports(LocalDate day, long imports, Map<String, Long> byStatus) {
	}

	public record CodeRate(String code, long problems, long imports, double perRowRead) {
	}

}
