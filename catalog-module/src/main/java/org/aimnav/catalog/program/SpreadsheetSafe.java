package org.aimnav.catalog.program;

/**
 * Cell values are data. A value that a spreadsheet would run as a formula (it begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written out with a
 * leading apostrophe, the convention spreadsheets read as "text", in every CSV the product writes
 * (catalog exports, import problem reports, statistics): OWASP's advice on CSV injection. An
 * import reads such a value back without the apostrophe ({@link #read}), so an exported catalog
 * imports back unchanged.
 */
public final class SpreadsheetSafe {

	private SpreadsheetSafe() {
	}

	public static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		return startsFormula(value.charAt(0)) ? "'" + value : value;
	}

	/**
	 * A value as {@link #cell} wrote it, read back: {@code '=SUM(A1)} is {@code =SUM(A1)}. An
	 * apostrophe before anything else is kept.
	 */
	public static String read(String cell) {
		if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'' || !startsFormula(cell.charAt(1))) {
			return cell;
		}
		return cell.substring(1);
	}

	private static boolean startsFormula(char first) {
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

}
