package org.aimnav.catalog.program;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Programs as stored per catalog version. Writes go to versions that are not yet current (an
 * import stages into a new version and publishes it by switching the current version), so readers
 * never see a half-written catalog.
 */
public class ProgramRepository {

	/** Rows per page when a whole version is walked in id order. */
	static final int WALK_PAGE = 2000;

	private final JdbcTemplate jdbc;

	public ProgramRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts programs into a (staging) version with one JDBC batch. */
	public void insertAll(int version, List<Program> programs) {
		insertRows(rows(version, programs));
	}

	/** Inserts rows made beforehand (each names its version) with one JDBC batch. */
	public void insertRows(List<ProgramRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.batchUpdate(ProgramRows.INSERT, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement statement, int i) throws SQLException {
				ProgramRows.bind(statement, rows.get(i).values());
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}

		});
	}

	/**
	 * The columns of the {@code program} table that {@link #insertAll} writes, in the order of a
	 * {@link ProgramRow}'s values: for bulk loaders (PostgreSQL's {@code COPY}) that write rows the
	 * same way without going through JDBC batches.
	 */
	public static List<String> insertColumns() {
		List<String> columns = new ArrayList<>();
		columns.add("catalog_version");
		for (String column : (ProgramRows.COLUMNS + ", name_terms, institution_terms, description_terms").split(",")) {
			columns.add(column.strip());
		}
		return columns;
	}

	/** Replaces programs of a (staging) version that have the same ids, inserts the others. */
	public void upsertAll(int version, List<Program> programs) {
		upsertRows(rows(version, programs));
	}

	/** {@link #upsertAll} for rows made beforehand (each names its version). */
	public void upsertRows(List<ProgramRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("DELETE FROM program WHERE catalog_version = ? AND program_id = ?",
				rows.stream().map(row -> new Object[] { row.version(), row.program().programId() }).toList());
		insertRows(rows);
	}

	private static List<ProgramRow> rows(int version, List<Program> programs) {
		return programs.stream().map(p -> ProgramRow.of(version, IndexedProgram.of(p))).toList();
	}

	/** Copies every program of one version into another, for an import that merges. */
	public int copyVersion(int fromVersion, int toVersion) {
		return jdbc.update("INSERT INTO program (catalog_version, " + ProgramRows.COLUMNS
				+ ", name_terms, institution_terms, description_terms) SELECT ?, " + ProgramRows.COLUMNS
				+ ", name_terms, institution_terms, description_terms FROM program WHERE catalog_version = ?",
				toVersion, fromVersion);
	}

	/**
	 * Deletes a version's first {@code count} programs in id order (fewer when it has fewer): a
	 * range of the primary key, found and deleted through its index.
	 * @return how many were deleted
	 */
	public int deleteFirst(int version, int count) {
		List<String> last = jdbc.queryForList("SELECT program_id FROM program WHERE catalog_version = ? "
				+ "ORDER BY program_id OFFSET ? ROWS FETCH FIRST 1 ROWS ONLY", String.class, version, count - 1);
		return last.isEmpty() ? jdbc.update("DELETE FROM program WHERE catalog_version = ?", version)
				: jdbc.update("DELETE FROM program WHERE catalog_version = ? AND program_id <= ?", version, last.get(0));
	}

	public Optional<Program> find(int version, String programId) {
		return jdbc
			.query("SELECT " + ProgramRows.COLUMNS + " FROM program WHERE catalog_version = ? AND program_id = ?",
					ProgramRows.MAPPER, version, programId)
			.stream()
			.findFirst();
	}

	public List<Program> findAll(int version, List<String> programIds) {
		if (programIds.isEmpty()) {
			return List.of();
		}
		String marks = String.join(", ", programIds.stream().map(id -> "?").toList());
		List<Object> args = new ArrayList<>();
		args.add(version);
		args.addAll(programIds);
		List<Program> found = jdbc.query("SELECT " + ProgramRows.COLUMNS
				+ " FROM program WHERE catalog_version = ? AND program_id IN (" + marks + ")", ProgramRows.MAPPER,
				args.toArray());
		// Keep the order the caller asked for (a comparison lists programs as chosen).
		Map<String, Program> byId = new HashMap<>();
		found.forEach(p -> byId.put(p.programId(), p));
		return programIds.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	public int count(int version) {
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM program WHERE catalog_version = ?", Integer.class,
				version);
		return count == null ? 0 : count;
	}

	/** How many distinct institutions (exact names) a version's programs come from. */
	public int countInstitutions(int version) {
		Integer count = jdbc.queryForObject(
				"SELECT COUNT(DISTINCT institution) FROM program WHERE catalog_version = ?", Integer.class, version);
		return count == null ? 0 : count;
	}

	/** How many distinct countries a version's programs are in (blank countries not counted). */
	public int countCountries(int version) {
		Integer count = jdbc.queryForObject(
				"SELECT COUNT(DISTINCT country) FROM program WHERE catalog_version = ? AND country IS NOT NULL",
				Integer.class, version);
		return count == null ? 0 : count;
	}

	/**
	 * Hands every program of a version to {@code consumer} in program id order, a page at a time
	 * (keyset paging), so that memory stays flat however large the version is and no database
	 * cursor is held open between pages.
	 */
	public void forEach(int version, Consumer<Program> consumer) {
		walk(version).forEachRemaining(consumer);
	}

	/**
	 * The programs of a version in id order, fetched lazily a page at a time. Ids compare by code
	 * point on every database (PostgreSQL gets a binary collation for the column), the same order
	 * as {@link String#compareTo}, so two walks can be merged in Java.
	 */
	public Iterator<Program> walk(int version) {
		return walk(version, ProgramRows.MAPPER);
	}

	/**
	 * The same walk for a caller that keeps every program (an in-memory snapshot): the programs
	 * share their equal values, such as institutions and lists of topics, instead of holding a copy
	 * each, which takes a third of the heap a kept version would otherwise need.
	 */
	public Iterator<Program> walkToKeep(int version) {
		return walk(version, ProgramRows.sharingMapper());
	}

	private Iterator<Program> walk(int version, RowMapper<Program> mapper) {
		return new Iterator<>() {

			private List<Program> page = List.of();

			private int next = 0;

			private boolean exhausted = false;

			@Override
			public boolean hasNext() {
				if (next < page.size()) {
					return true;
				}
				if (exhausted) {
					return false;
				}
				String after = page.isEmpty() ? "" : page.get(page.size() - 1).programId();
				// Ordered by the whole primary key: H2 only reads a page straight off the index when
				// the ORDER BY names the index's columns; by program_id alone it sorts the rest of the
				// version for every page (minutes for a million programs).
				page = jdbc.query("SELECT " + ProgramRows.COLUMNS + " FROM program WHERE catalog_version = ? "
						+ "AND program_id > ? ORDER BY catalog_version, program_id LIMIT " + WALK_PAGE,
						mapper, version, after);
				next = 0;
				exhausted = page.size() < WALK_PAGE;
				return !page.isEmpty();
			}

			@Override
			public Program next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return page.get(next++);
			}

		};
	}

}
