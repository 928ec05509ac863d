package org.aimnav.ingest.csv;

/** The delimiters a catalog file may use: comma by the format, semicolon or tab as spreadsheets in many locales export. */
public enum Delimiter {

	COMMA(',', "comma"), SEMICOLON(';', "semicolon"), TAB('\t', "tab");

	private final char character;

	private final String label;

	Delimiter(char character, String label) {
		this.character = character;
		this.label = label;
	}

	public char character() {
		return character;
	}

	/** How reports name it: {@code comma}, {@code semicolon}, {@code tab}. */
	public String label() {
		return label;
	}

	public static Delimiter fromLabel(String label) {
		for (Delimiter delimiter : values()) {
			if (delimiter.label.equals(label)) {
				return delimiter;
			}
		}
		throw new IllegalArgumentException("No delimiter is called " + label);
	}

}
