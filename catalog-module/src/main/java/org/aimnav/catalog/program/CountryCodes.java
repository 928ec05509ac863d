package org.aimnav.catalog.program;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The country codes of the catalog (ISO 3166-1 alpha-2, as the JDK knows them), and the hint for a
 * country written another way: the import, the search and the recommender's profile all take the
 * same codes and say the same thing about anything else ("GBR is GB", "Germany is DE", "the United
 * Kingdom is GB" for the most common mistake, UK).
 */
public final class CountryCodes {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	/** Alpha-3 codes and English names of countries, upper case, to their alpha-2 code. */
	private static final Map<String, String> SPELLINGS = spellings();

	private CountryCodes() {
	}

	/** Whether {@code code} is an alpha-2 code, exactly as written (upper case). */
	public static boolean isCode(String code) {
		return code != null && code.length() == 2 && CODES.contains(code);
	}

	/**
	 * The alpha-2 code another spelling of a country stands for, in parentheses after a space, to
	 * append to a message; empty when there is nothing to suggest.
	 */
	public static String hint(String written) {
		String upper = written.strip().toUpperCase(Locale.ROOT);
		if (upper.equals("UK")) {
			return " (the United Kingdom is GB)";
		}
		String code = SPELLINGS.get(upper);
		if (code == null) {
			return "";
		}
		// As a country is written: "Germany is DE" and "DEU is DE", however it was typed.
		Locale country = new Locale("", code);
		String name = upper.length() == 3 && upper.equals(country.getISO3Country()) ? upper
				: country.getDisplayCountry(Locale.ENGLISH);
		return " (" + name + " is " + code + ")";
	}

	private static Map<String, String> spellings() {
		Map<String, String> spellings = new HashMap<>();
		for (String code : CODES) {
			Locale country = new Locale("", code);
			spellings.put(country.getISO3Country(), code);
			spellings.put(country.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT), code);
		}
		return Map.copyOf(spellings);
	}

}
