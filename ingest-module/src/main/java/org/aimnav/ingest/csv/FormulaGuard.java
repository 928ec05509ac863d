package org.aimnav.ingest.csv;

/**
 * Keeps spreadsheets from running cell values as formulas in every CSV the product writes
 * (reject reports here, catalog exports in the web module): a value that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, which
 * spreadsheets read as "this is text" (OWASP's advice on CSV injection).
 */
public final class FormulaGuard {

	private FormulaGuard() {
	}

	public static String neutralize(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + value;
		}
		return value;
	}

}
