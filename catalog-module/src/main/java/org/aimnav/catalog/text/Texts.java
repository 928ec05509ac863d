package org.aimnav.catalog.text;

/** Text cut for reports: values and messages shortened to what a report or a column holds. */
public final class Texts {

	private Texts() {
	}

	/**
	 * The first {@code length} UTF-16 units of a text, or one fewer when the cut would fall between
	 * the two halves of a surrogate pair: half a character is stored and shown as '?'.
	 */
	public static String prefix(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
	}

	/**
	 * A text as a report shows it: the text itself when it has at most {@code characters}
	 * characters, else its first {@code characters} and "…". Characters are counted as the length
	 * rules count them, by code point: an emoji or a CJK extension character is one.
	 */
	public static String shorten(String text, int characters) {
		if (text == null || text.length() <= characters) {
			return text;
		}
		if (text.codePointCount(0, text.length()) <= characters) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, characters)) + "…";
	}

}
