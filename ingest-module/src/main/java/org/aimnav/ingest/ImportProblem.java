package org.aimnav.ingest;

/**
 * One problem of one rejected row.
 *
 * @param line the physical line of the file where the row starts (1 is the header; line breaks
 * inside quoted values and empty lines are counted)
 * @param column the column's header name as the format spells it ({@code tuition_usd}); null for
 * a problem of the whole row
 * @param code the rule that was broken
 * @param message what is wrong, in words a curator understands
 * @param value the offending value, shortened when long; null when there is none
 * @param row the row a spreadsheet shows the record on (the line, less the line breaks inside
 * earlier values): where a curator who opened the file in a spreadsheet finds it
 * @param programId the row's program id as written (shortened), whether or not it is valid; null
 * when the row has none
 */
public record ImportProblem(long line, String column, ProblemCode code, String message, String value, long row,
		String programId) {

	/** A problem of the record at {@code line}, before its row and program id are known. */
	public ImportProblem(long line, String column, ProblemCode code, String message, String value) {
		this(line, column, code, message, value, line, null);
	}

	/** This problem of the row a spreadsheet shows as {@code row}, of the program {@code programId}. */
	public ImportProblem of(long row, String programId) {
		return new ImportProblem(line, column, code, message, value, row, programId);
	}

	/**
	 * The value as people are shown it, in the error table and the CSV report: control characters
	 * (the reason an ENCODING problem was reported) written as {@code [U+0007]}, since raw they are
	 * invisible, and a NUL cuts a cell short in some spreadsheets. Line breaks and tabs stay.
	 */
	public String visibleValue() {
		if (value == null || value.chars().noneMatch(ImportProblem::hiddenControl)) {
			return value;
		}
		StringBuilder visible = new StringBuilder(value.length() + 16);
		value.chars().forEach(c -> {
			if (hiddenControl(c)) {
				visible.append(String.format("[U+%04X]", c));
			}
			else {
				visible.append((char) c);
			}
		});
		return visible.toString();
	}

	private static boolean hiddenControl(int c) {
		return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F);
	}

}
