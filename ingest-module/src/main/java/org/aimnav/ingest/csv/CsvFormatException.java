package org.aimnav.ingest.csv;

/**
 * The file cannot be read on past some line: not UTF-8, or not CSV (a quote never closed). Its
 * message is meant for the curator and names the line.
 */
public class CsvFormatException extends RuntimeException {

	private final long line;

	private final boolean encoding;

	public CsvFormatException(long line, boolean encoding, String message, Throwable cause) {
		super(message, cause);
		this.line = line;
		this.encoding = encoding;
	}

	public long line() {
		return line;
	}

	/** Whether the bytes are not UTF-8 (rather than the text not being CSV). */
	public boolean encoding() {
		return encoding;
	}

}
