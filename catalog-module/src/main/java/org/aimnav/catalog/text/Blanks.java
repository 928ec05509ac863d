package org.aimnav.catalog.text;

/**
 * What the import trims around header names and values: white space, and the invisible characters
 * that spreadsheets and copies from web pages leave behind (no-break spaces, zero-width spaces, a
 * stray byte-order mark). {@code "city\u00A0"} is the column {@code city}, {@code "US\u00A0"} the
 * code {@code US}: trimming only ASCII white space rejected values that look right in the report.
 */
public final class Blanks {

	private Blanks() {
	}

	/** The text without blanks at either end; the same instance when there are none. */
	public static String strip(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isBlank(text.charAt(start))) {
			start++;
		}
		while (end > start && isBlank(text.charAt(end - 1))) {
			end--;
		}
		return start == 0 && end == text.length() ? text : text.substring(start, end);
	}

	/** Whether the text is empty or only blanks. */
	public static boolean isBlank(String text) {
		for (int i = 0, n = text.length(); i < n; i++) {
			if (!isBlank(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	public static boolean isBlank(char c) {
		if (c <= ' ') {
			return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B || Character.isWhitespace(c);
		}
		if (c < 0x80) {
			return false;
		}
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
	}

}
