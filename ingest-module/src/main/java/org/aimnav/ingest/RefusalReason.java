package org.aimnav.ingest;

/** Why a file was refused as a whole, before (or instead of) checking its rows. */
public enum RefusalReason {

	/** The file has no content at all. */
	EMPTY,
	/** The file is larger than {@code aimnav.import.max-file-size}. */
	TOO_LARGE,
	/** The file is not text (NUL bytes, an image, a spreadsheet's binary format). */
	BINARY,
	/** The file's bytes are not UTF-8 (or it is UTF-16). */
	NOT_UTF8,
	/** The first line names none of the format's columns. */
	NO_HEADER,
	/** The header lacks one or more required columns. */
	MISSING_COLUMNS,
	/** The header names a column twice. */
	DUPLICATE_COLUMNS,
	/** The file has a header but no data row. */
	NO_ROWS,
	/** The file cannot be parsed as CSV (for example a quote that is never closed). */
	MALFORMED

}
