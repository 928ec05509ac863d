package org.aimnav.ingest.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.aimnav.catalog.text.Texts;
import org.aimnav.ingest.ImportMode;
import org.aimnav.ingest.ImportOptions;
import org.aimnav.ingest.ImportProblem;
import org.aimnav.ingest.ImportRun;
import org.aimnav.ingest.ImportStatus;
import org.aimnav.ingest.ProblemCode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import tables: one row per import (its file, policy, status, counters and summary), the
 * problems of its rejected rows and their counts by code.
 */
class ImportRecords {

	/** Problems fetched per query when a whole report is streamed. */
	static final int PROBLEM_PAGE = 5000;

	private static final String SELECT_RUN = "SELECT import_id, file_name, stored_file, sha256, status, dry_run, "
			+ "import_mode, max_rejected_rows, delimiter_name, warnings, started_at, finished_at, restarted_at, millis_before_restart, rows_read, rows_valid, "
			+ "rows_rejected, blank_rows, bytes_read, bytes_total, staging_version, staged_checksum, merge_base_version, "
			+ "dry_added, dry_changed, dry_unchanged, "
			+ "catalog_version, "
			+ "replaced_version, message FROM import_run";

	private static final String SELECT_PROBLEMS = "SELECT line_number, ordinal, column_name, code, message, problem_value, "
			+ "sheet_row, program_id "
			+ "FROM import_problem WHERE import_id = ?";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ImportRecords(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void create(String importId, String fileName, String storedFile, String sha256, long bytesTotal,
			ImportOptions options) {
		jdbc.update("INSERT INTO import_run (import_id, file_name, stored_file, sha256, status, dry_run, import_mode, "
				+ "max_rejected_rows, started_at, bytes_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", importId,
				shorten(displayName(fileName), 255), storedFile, sha256, ImportStatus.QUEUED.name(), options.dryRun(),
				options.mode().name(), options.maxRejectedRows(), now(), bytesTotal);
	}

	/**
	 * The name an upload is listed under: the file's own name without any folder a browser sent
	 * along ({@code C:\Users\me\catalog.csv}), or {@code upload.csv} when it came with none.
	 */
	static String displayName(String fileName) {
		String name = fileName == null ? "" : fileName.strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		return name.isEmpty() ? "upload.csv" : name;
	}

	Optional<Stored> find(String importId) {
		List<Stored> found = jdbc.query(SELECT_RUN + " WHERE import_id = ?", this::map, importId);
		return found.stream().findFirst().map(stored -> stored.withCounts(counts(importId)));
	}

	List<Stored> history() {
		return history(0, Integer.MAX_VALUE);
	}

	/** Imports newest first, from the {@code offset}th, with their problem counts. */
	List<Stored> history(long offset, int limit) {
		List<Stored> runs = jdbc.query(SELECT_RUN + " ORDER BY started_at DESC, import_id DESC OFFSET ? ROWS "
				+ "FETCH FIRST ? ROWS ONLY", this::map, offset, limit);
		if (runs.isEmpty()) {
			return runs;
		}
		Map<String, Map<ProblemCode, Long>> counts = new HashMap<>();
		jdbc.query("SELECT c.import_id, c.code, c.problem_count FROM import_problem_count c JOIN (SELECT import_id "
				+ "FROM import_run ORDER BY started_at DESC, import_id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY) r "
				+ "ON r.import_id = c.import_id", rs -> {
					counts.computeIfAbsent(rs.getString(1), id -> new EnumMap<>(ProblemCode.class))
						.put(ProblemCode.valueOf(rs.getString(2)), rs.getLong(3));
				}, offset, limit);
		return runs.stream()
			.map(stored -> stored.withCounts(counts.getOrDefault(stored.run().importId(), Map.of())))
			.toList();
	}

	long count() {
		return Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM import_run", Long.class));
	}

	/** Imports that hold, or may hold, the lock: queued or running as far as the table says. */
	List<String> unfinished() {
		return jdbc.queryForList("SELECT import_id FROM import_run WHERE status IN (?, ?)", String.class,
				ImportStatus.QUEUED.name(), ImportStatus.RUNNING.name());
	}

	void running(String importId) {
		jdbc.update("UPDATE import_run SET status = ?, finished_at = NULL, message = NULL WHERE import_id = ?",
				ImportStatus.RUNNING.name(), importId);
	}

	void layout(String importId, String delimiter, List<String> warnings) {
		jdbc.update("UPDATE import_run SET delimiter_name = ?, warnings = ? WHERE import_id = ?", delimiter,
				joinWarnings(warnings), importId);
	}

	/** Queues a failed import again, keeping how long it ran so far (its duration until it failed). */
	void restarted(String importId) {
		Duration ranSoFar = find(importId).orElseThrow().run().duration(clock);
		jdbc.update("UPDATE import_run SET status = ?, finished_at = NULL, message = NULL, restarted_at = ?, "
				+ "millis_before_restart = ? WHERE import_id = ?", ImportStatus.QUEUED.name(), now(),
				ranSoFar.toMillis(), importId);
	}

	/**
	 * Records the version opened for staging and the checksum of what it holds to begin with
	 * (nothing, or the copy of the current version that a merge starts from).
	 */
	void stagingVersion(String importId, Integer version, String checksum, Integer mergeBase) {
		jdbc.update("UPDATE import_run SET staging_version = ?, staged_checksum = ?, merge_base_version = ? "
				+ "WHERE import_id = ?", version, checksum, mergeBase, importId);
	}

	/**
	 * Adds one chunk's counts and the staged version's checksum after it; runs in the chunk's
	 * transaction, so that they agree with what was committed whatever happens next.
	 */
	void addChunk(String importId, long read, long valid, long rejected, long bytesRead, String stagedChecksum) {
		jdbc.update("UPDATE import_run SET rows_read = rows_read + ?, rows_valid = rows_valid + ?, "
				+ "rows_rejected = rows_rejected + ?, bytes_read = ?, staged_checksum = ? WHERE import_id = ?", read,
				valid, rejected, bytesRead, stagedChecksum, importId);
	}

	/** A dry run's chunk, compared with the current version: see {@link DryRunCounts}. */
	void addDryRunCounts(String importId, long added, long changed, long unchanged) {
		jdbc.update("UPDATE import_run SET dry_added = dry_added + ?, dry_changed = dry_changed + ?, "
				+ "dry_unchanged = dry_unchanged + ? WHERE import_id = ?", added, changed, unchanged, importId);
	}

	void finishReading(String importId, long blankRows, long bytesTotal) {
		jdbc.update("UPDATE import_run SET blank_rows = ?, bytes_read = ? WHERE import_id = ?", blankRows, bytesTotal,
				importId);
	}

	void finish(String importId, ImportStatus status, Integer catalogVersion, String message) {
		finish(importId, status, catalogVersion, null, message);
	}

	/** @param replacedVersion the version that was current until this import published its own */
	void finish(String importId, ImportStatus status, Integer catalogVersion, Integer replacedVersion,
			String message) {
		jdbc.update("UPDATE import_run SET status = ?, catalog_version = ?, replaced_version = ?, message = ?, "
				+ "finished_at = ? WHERE import_id = ?", status.name(), catalogVersion, replacedVersion,
				shorten(message, 2000), now(), importId);
	}

	/**
	 * Marks an import that ended without finishing (its instance died) with the time it ended.
	 * @param endedAt when it stopped; null for now
	 */
	void finish(String importId, ImportStatus status, String message, Instant endedAt) {
		jdbc.update("UPDATE import_run SET status = ?, message = ?, finished_at = ? WHERE import_id = ?", status.name(),
				shorten(message, 2000), endedAt == null ? now() : OffsetDateTime.ofInstant(endedAt, ZoneOffset.UTC),
				importId);
	}

	/** Failed imports that finished before {@code cutoff} and still have their leftovers (upload, staged rows). */
	List<Stored> failedBefore(Instant cutoff) {
		return jdbc.query(SELECT_RUN + " WHERE status = ? AND finished_at < ? AND leftovers_removed_at IS NULL",
				this::map, ImportStatus.FAILED.name(), OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
	}

	/**
	 * Marks a failed import's leftovers as removed, adding a sentence (when given) to its message,
	 * unless it has moved on meanwhile (a restart).
	 * @return whether the import was still failed and is now marked
	 */
	boolean markLeftoversRemoved(String importId, String sentence, Instant at) {
		String message = jdbc.queryForObject("SELECT message FROM import_run WHERE import_id = ?", String.class,
				importId);
		if (sentence != null) {
			message = shorten((message == null ? "" : message + " ") + sentence, 2000);
		}
		return jdbc.update("UPDATE import_run SET message = ?, leftovers_removed_at = ? WHERE import_id = ? "
				+ "AND status = ? AND leftovers_removed_at IS NULL", message, OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
				importId, ImportStatus.FAILED.name()) == 1;
	}

	void addWarning(String importId, String warning) {
		List<String> warnings = new ArrayList<>(splitWarnings(
				jdbc.queryForObject("SELECT warnings FROM import_run WHERE import_id = ?", String.class, importId)));
		if (!warnings.contains(warning)) {
			warnings.add(warning);
			jdbc.update("UPDATE import_run SET warnings = ? WHERE import_id = ?", joinWarnings(warnings), importId);
		}
	}

	/** Stores problems in one JDBC batch; each row's problems get ordinals in the order given. */
	void addProblems(String importId, List<ImportProblem> problems) {
		if (problems.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(problems.size());
		Map<ProblemCode, Long> counts = new EnumMap<>(ProblemCode.class);
		long line = -1;
		int ordinal = 0;
		for (ImportProblem problem : problems) {
			ordinal = problem.line() == line ? ordinal + 1 : 0;
			line = problem.line();
			rows.add(new Object[] { importId, problem.line(), ordinal, problem.column(), problem.code().name(),
					shorten(problem.message(), 1000), shorten(problem.value(), 1000), problem.row(),
					shorten(problem.programId(), 1000) });
			counts.merge(problem.code(), 1L, Long::sum);
		}
		jdbc.batchUpdate("INSERT INTO import_problem (import_id, line_number, ordinal, column_name, code, message, "
				+ "problem_value, sheet_row, program_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		counts.forEach((code, count) -> {
			int updated = jdbc.update("UPDATE import_problem_count SET problem_count = problem_count + ? "
					+ "WHERE import_id = ? AND code = ?", count, importId, code.name());
			if (updated == 0) {
				jdbc.update("INSERT INTO import_problem_count (import_id, code, problem_count) VALUES (?, ?, ?)",
						importId, code.name(), count);
			}
		});
	}

	Map<ProblemCode, Long> counts(String importId) {
		Map<ProblemCode, Long> counts = new EnumMap<>(ProblemCode.class);
		jdbc.query("SELECT code, problem_count FROM import_problem_count WHERE import_id = ?",
				rs -> {
					counts.put(ProblemCode.valueOf(rs.getString(1)), rs.getLong(2));
				}, importId);
		return counts;
	}

	List<ImportProblem> problems(String importId, long offset, int limit) {
		return jdbc.query(SELECT_PROBLEMS + " ORDER BY import_id, line_number, ordinal LIMIT ? OFFSET ?",
				ImportRecords::problem, importId, limit, offset);
	}

	/** The first problems of one code, in file order: the examples of a report grouped by code. */
	List<ImportProblem> problems(String importId, ProblemCode code, int limit) {
		return jdbc.query(SELECT_PROBLEMS + " AND code = ? ORDER BY line_number, ordinal LIMIT ?",
				ImportRecords::problem, importId, code.name(), limit);
	}

	/** Every problem in file order, a page at a time (keyset paging), so memory stays flat. */
	void forEachProblem(String importId, Consumer<ImportProblem> consumer) {
		long afterLine = -1;
		int afterOrdinal = -1;
		while (true) {
			// line_number >= ? lets the primary key find the page's start, and ordering by the whole key
			// lets H2 read it in order: with an OR alone, and without import_id in the ORDER BY, the
			// database read and sorted every remaining problem for every page (4,000 problems a second
			// for 400,000; a page of 5,000 at line 80,000 of 200,000 took 1,320 ms, now 61).
			List<Object[]> page = jdbc.query(SELECT_PROBLEMS + " AND line_number >= ? AND (line_number > ? OR "
					+ "ordinal > ?) ORDER BY import_id, line_number, ordinal LIMIT "
					+ PROBLEM_PAGE, (rs, n) -> new Object[] { problem(rs, n), rs.getInt("ordinal") }, importId, afterLine,
					afterLine, afterOrdinal);
			for (Object[] row : page) {
				consumer.accept((ImportProblem) row[0]);
			}
			if (page.size() < PROBLEM_PAGE) {
				return;
			}
			Object[] last = page.get(page.size() - 1);
			afterLine = ((ImportProblem) last[0]).line();
			afterOrdinal = (Integer) last[1];
		}
	}

	private static ImportProblem problem(ResultSet rs, int rowNum) throws SQLException {
		long line = rs.getLong("line_number");
		Long row = rs.getObject("sheet_row", Long.class);
		return new ImportProblem(line, rs.getString("column_name"), ProblemCode.valueOf(rs.getString("code")),
				rs.getString("message"), rs.getString("problem_value"), row == null ? line : row,
				rs.getString("program_id"));
	}

	private Stored map(ResultSet rs, int rowNum) throws SQLException {
		ImportRun run = new ImportRun(rs.getString("import_id"), rs.getString("file_name"), rs.getString("sha256"),
				ImportStatus.valueOf(rs.getString("status")), rs.getBoolean("dry_run"),
				ImportMode.valueOf(rs.getString("import_mode")), rs.getLong("max_rejected_rows"),
				instant(rs, "started_at"), instant(rs, "finished_at"), instant(rs, "restarted_at"),
				Duration.ofMillis(rs.getLong("millis_before_restart")), rs.getLong("rows_read"), rs.getLong("rows_valid"),
				rs.getLong("rows_rejected"), rs.getLong("bytes_read"), rs.getLong("bytes_total"),
				rs.getObject("catalog_version", Integer.class), rs.getObject("replaced_version", Integer.class),
				rs.getString("message"),
				rs.getString("delimiter_name"), splitWarnings(rs.getString("warnings")), Map.of());
		return new Stored(run, rs.getString("stored_file"), rs.getObject("staging_version", Integer.class),
				rs.getString("staged_checksum"), rs.getObject("merge_base_version", Integer.class), rs.getLong("blank_rows"),
				new DryRunCounts(rs.getLong("dry_added"), rs.getLong("dry_changed"), rs.getLong("dry_unchanged")));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private static String joinWarnings(List<String> warnings) {
		return warnings.isEmpty() ? null : shorten(String.join("\n", warnings), 4000);
	}

	private static List<String> splitWarnings(String warnings) {
		return warnings == null || warnings.isEmpty() ? List.of() : Arrays.asList(warnings.split("\n"));
	}

	private static String shorten(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		return Texts.prefix(text, max - 1) + "…";
	}

	/**
	 * What a dry run's valid rows are to the version current when it started (for a dry run, the
	 * {@link Stored#mergeBase} is that version, in either mode): programs it lacks, holds with other
	 * values, and holds alike.
	 */
	record DryRunCounts(long added, long changed, long unchanged) {
	}

	/**
	 * An import as stored: the public run plus what only the job needs (the stored file, the
	 * version being staged, and for a merge the version it copied: {@link #NO_MERGE_BASE} when
	 * there was none, null when not known).
	 */
	record Stored(ImportRun run, String storedFile, Integer stagingVersion, String stagedChecksum, Integer mergeBase,
			long blankRows, DryRunCounts dryRunCounts) {

		/** The merge base of a merge that started without a current version: versions start at 1. */
		static final int NO_MERGE_BASE = 0;

		Stored withCounts(Map<ProblemCode, Long> counts) {
			ImportRun r = run;
			return new Stored(new ImportRun(r.importId(), r.fileName(), r.sha256(), r.status(), r.dryRun(), r.mode(),
					r.maxRejectedRows(), r.startedAt(), r.finishedAt(), r.restartedAt(), r.ranBeforeRestart(), r.rowsRead(), r.rowsValid(), r.rowsRejected(),
					r.bytesRead(), r.bytesTotal(), r.catalogVersion(), r.replacedVersion(), r.message(), r.delimiter(),
					r.warnings(), counts),
					storedFile, stagingVersion, stagedChecksum, mergeBase, blankRows, dryRunCounts);
		}

	}

}
