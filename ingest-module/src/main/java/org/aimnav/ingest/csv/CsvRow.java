package org.aimnav.ingest.csv;

/**
 * One data record of a CSV file as read, before any validation: values exactly as in the file
 * (not trimmed), the physical line where the record starts, and how far into the file the reader
 * was after it (for progress; the reader buffers ahead, so this runs up to a buffer ahead).
 *
 * <p>A reader that meets text it cannot read as CSV ends with one {@linkplain #unreadable(CsvFormatException, long)
 * unreadable} record at the line where reading stopped: it carries the reason instead of values,
 * so that the rows before it are checked and reported as usual.
 *
 * @param unreadable why the file cannot be read from this line on; null for a record that was read
 * @param lineBreaks whether a value may hold a line break: false only when the reader saw the record
 * on one line, so that the checks of line breaks need not read its values again
 * @param sheetRow the row a spreadsheet shows the record on: its line, less the line breaks inside
 * the values of the records before it and Excel's {@code sep=} line (a curator fixes the file there)
 */
public record CsvRow(long line, String[] values, long bytesRead, CsvFormatException unreadable, boolean lineBreaks,
		long sheetRow) {

	private static final String[] NO_VALUES = {};

	/** A record whose values may hold line breaks. */
	public CsvRow(long line, String[] values, long bytesRead) {
		this(line, values, bytesRead, null, true, line);
	}

	/** The record where reading stopped, at the line that the reader names, shown on {@code sheetRow}. */
	public static CsvRow unreadable(CsvFormatException reason, long bytesRead, long sheetRow) {
		return new CsvRow(reason.line(), NO_VALUES, bytesRead, reason, false, sheetRow);
	}

	public int size() {
		return values.length;
	}

	public String value(int index) {
		return values[index];
	}

}
