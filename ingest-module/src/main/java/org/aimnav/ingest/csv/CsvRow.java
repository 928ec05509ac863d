package org.aimnav.ingest.csv;

/**
 * One data record of a CSV file as read, before any validation: values exactly as in the file
 * (not trimmed), the physical line where the record starts, and how far into the file the reader
 * was after it (for progress; the reader buffers ahead, so this runs up to a buffer ahead).
 */
public record CsvRow(long line, String[] values, long bytesRead) {

	public int size() {
		return values.length;
	}

	public String value(int index) {
		return values[index];
	}

}
