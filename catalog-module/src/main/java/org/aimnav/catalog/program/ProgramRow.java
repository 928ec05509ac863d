package org.aimnav.catalog.program;

/**
 * A program as one row of the {@code program} table of a version: every column's value, search
 * terms included, computed when the row is made. An import makes its rows on the threads that
 * prepare them, so that the thread that writes (the import's bound on H2) only hands values to the
 * database.
 */
public final class ProgramRow {

	private final Program program;

	/** In the order of {@link ProgramRepository#insertColumns()}: the version first. */
	private final Object[] values;

	private ProgramRow(Program program, Object[] values) {
		this.program = program;
		this.values = values;
	}

	public static ProgramRow of(int version, IndexedProgram indexed) {
		Object[] values = ProgramRows.insertValues(version, indexed);
		for (Object value : values) {
			if (value instanceof String text) {
				// H2's driver hashes every string it is given (to share equal values); String
				// keeps its hash, so hashing here leaves the writing thread that work. About a
				// tenth of that thread's time in a profile of a 200,000-row import.
				text.hashCode();
			}
		}
		return new ProgramRow(indexed.program(), values);
	}

	public Program program() {
		return program;
	}

	public int version() {
		return (Integer) values[0];
	}

	/** How many columns the row has: as many as {@link ProgramRepository#insertColumns()}. */
	public int size() {
		return values.length;
	}

	/**
	 * A column's value: {@code String}, {@code Integer} (the version), {@code BigDecimal},
	 * {@code LocalDate}, or null.
	 */
	public Object value(int column) {
		return values[column];
	}

	Object[] values() {
		return values;
	}

}
