package org.aimnav.ingest;

/**
 * The stable codes of the rules a row can break. Clients may rely on them: a code is never renamed
 * or given another meaning.
 */
public enum ProblemCode {

	/** A required value is blank. */
	REQUIRED,
	/** A value is not of the column's type (not a number). */
	TYPE,
	/** A number is outside the column's range. */
	RANGE,
	/** A text is longer (or shorter) than the column allows. */
	LENGTH,
	/** A value does not have the column's form (a program id that is not a slug). */
	PATTERN,
	/** A value is not one of the column's allowed values (credential, pace, country...). */
	ENUM,
	/** A topic that the taxonomy does not know. */
	UNKNOWN_TOPIC,
	/** Not an absolute http or https URL. */
	URL,
	/** Not an ISO date {@code YYYY-MM-DD}, a date in the future, or one before 2000. */
	DATE,
	/** A program id already used by an earlier row of the file. */
	DUPLICATE_ID,
	/** The row has more or fewer values than the header has columns. */
	COLUMN_COUNT,
	/** A control character, a line break outside the description, or U+FFFD (a character lost to a wrong encoding). */
	ENCODING,
	/**
	 * A spreadsheet's error value ({@code #REF!}, {@code #N/A}, {@code Err:502}) where the column's
	 * value should be: a formula of the sheet failed, and the file holds what the cell showed.
	 */
	SPREADSHEET_ERROR,
	/**
	 * A value holds rows of the file: a quote opened in the row closed only on a later line (valid
	 * CSV, so the rows were read as text, and would be lost). Such a file is never published.
	 */
	QUOTE,
	/**
	 * The file cannot be read as CSV from this line on (a quote never closed, text after a closing
	 * quote): nothing after it was checked, and such a file is never published, whatever the policy.
	 */
	MALFORMED

}
