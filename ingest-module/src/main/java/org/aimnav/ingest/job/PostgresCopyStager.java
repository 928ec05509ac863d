package org.aimnav.ingest.job;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.program.ProgramRow;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stages programs on PostgreSQL with {@code COPY ... FROM STDIN}, its bulk loader, on the chunk's
 * own connection and transaction: several times faster than batched inserts. The rows are
 * {@link ProgramRow}s, the values {@link ProgramRepository#insertRows} would write (the catalog
 * module owns the layout); this class only writes them in COPY's text format.
 */
class PostgresCopyStager implements ProgramStager {

	private final JdbcTemplate jdbc;

	private final ProgramRepository programs;

	private final String copy;

	PostgresCopyStager(JdbcTemplate jdbc, ProgramRepository programs) {
		this.jdbc = jdbc;
		this.programs = programs;
		this.copy = "COPY program (" + String.join(", ", ProgramRepository.insertColumns()) + ") FROM STDIN";
	}

	@Override
	public List<Program> stage(int version, List<ProgramRow> chunk, boolean merge) {
		List<Program> replaced = List.of();
		if (merge) {
			replaced = find(version, chunk.stream().map(row -> row.program().programId()).toList());
			jdbc.batchUpdate("DELETE FROM program WHERE catalog_version = ? AND program_id = ?",
					replaced.stream().map(p -> new Object[] { version, p.programId() }).toList());
		}
		StringBuilder rows = new StringBuilder(chunk.size() * 1024);
		for (ProgramRow row : chunk) {
			appendRow(rows, row);
		}
		Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
			try {
				return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(rows.toString()));
			}
			catch (IOException ex) {
				throw new DataAccessResourceFailureException("COPY into program failed", ex);
			}
		});
		if (copied == null || copied != chunk.size()) {
			throw new IllegalStateException("COPY wrote " + copied + " rows of " + chunk.size());
		}
		return replaced;
	}

	@Override
	public List<Program> find(int version, List<String> programIds) {
		return programs.findAll(version, programIds);
	}

	/** A row in COPY's text format, with its line end. */
	static void appendRow(StringBuilder out, ProgramRow row) {
		for (int i = 0; i < row.size(); i++) {
			if (i > 0) {
				out.append('\t');
			}
			append(out, row.value(i));
		}
		out.append('\n');
	}

	/** A value in COPY's text format: {@code \N} for null, backslash escapes for the delimiters. */
	static void append(StringBuilder out, Object value) {
		if (value == null) {
			out.append("\\N");
			return;
		}
		String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
		int n = text.length();
		int first = 0;
		while (first < n && !needsEscape(text.charAt(first))) {
			first++;
		}
		if (first == n) {
			out.append(text); // almost every value: copied in one go
			return;
		}
		out.append(text, 0, first);
		for (int i = first; i < n; i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
	}

	private static boolean needsEscape(char c) {
		return c == '\\' || c == '\t' || c == '\n' || c == '\r';
	}

}
