package org.aimnav.catalog.program;

/**
 * Cell values are data. A value that a spreadsheet would run as a formula (it begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written out with a
 * leading apostrophe, the convention spreadsheets read as "text", in every CSV the product writes
 * (catalog exports, import problem reports, statistics): OWASP's advice on CSV injection.
 */
public final class SpreadsheetSafe {

	private SpreadsheetSafe() {
	}

	public static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + value : value;
	}

}
