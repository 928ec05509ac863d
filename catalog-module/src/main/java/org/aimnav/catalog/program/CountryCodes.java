package org.aimnav.catalog.program;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.aimnav.catalog.text.Blanks;
import org.aimnav.catalog.text.Texts;

/**
 * The country codes of the catalog (ISO 3166-1 alpha-2, as the JDK knows them), and the hint for a
 * country written another way: the import, the search and the recommender's profile all take the
 * same codes, trimmed of the same blanks, and say the same thing about anything else ("GBR is GB",
 * "Germany is DE", "Deutschland is DE", "U.S. is US", "the United Kingdom is GB" for the most
 * common mistake, UK).
 */
public final class CountryCodes {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	/**
	 * Names in common use that the JDK's country names do not give (or gives otherwise: "Czechia",
	 * "South Korea", "Hong Kong SAR China"), as {@link #key} makes them.
	 */
	private static final Map<String, String> COMMON_NAMES = Map.ofEntries(Map.entry("USA", "US"),
			Map.entry("AMERICA", "US"), Map.entry("UNITED STATES OF AMERICA", "US"), Map.entry("GREAT BRITAIN", "GB"),
			Map.entry("BRITAIN", "GB"), Map.entry("ENGLAND", "GB"), Map.entry("SCOTLAND", "GB"), Map.entry("WALES", "GB"),
			Map.entry("NORTHERN IRELAND", "GB"), Map.entry("HOLLAND", "NL"), Map.entry("KOREA", "KR"),
			Map.entry("REPUBLIC OF KOREA", "KR"), Map.entry("CZECH REPUBLIC", "CZ"), Map.entry("HONG KONG", "HK"),
			Map.entry("MACAU", "MO"), Map.entry("MACAO", "MO"), Map.entry("TURKIYE", "TR"), Map.entry("TURKEY", "TR"),
			Map.entry("RUSSIAN FEDERATION", "RU"), Map.entry("UAE", "AE"), Map.entry("PRC", "CN"),
			Map.entry("MAINLAND CHINA", "CN"), Map.entry("VIET NAM", "VN"), Map.entry("IVORY COAST", "CI"));

	/**
	 * Other spellings of countries, as {@link #key} makes them, to their alpha-2 code: alpha-3 codes,
	 * English names, the names countries have in their own languages (as far as the JDK knows them),
	 * and {@link #COMMON_NAMES}. A name that two countries share is left out, unless common use gives it
	 * to one.
	 */
	private static final class Spellings {

		/** Built at the first hint, not at the first code checked: the JDK's names take a while to read. */
		static final Map<String, String> BY_KEY = spellings();

	}

	private CountryCodes() {
	}

	/** Whether {@code code} is an alpha-2 code, exactly as written (upper case). */
	public static boolean isCode(String code) {
		return code != null && code.length() == 2 && CODES.contains(code);
	}

	/**
	 * The alpha-2 code a value is, in any case and with blanks around it (the same blanks the import
	 * trims: no-break and zero-width spaces too), or null when it is not one.
	 */
	public static String code(String written) {
		if (written == null) {
			return null;
		}
		String upper = Blanks.strip(written).toUpperCase(Locale.ROOT);
		return isCode(upper) ? upper : null;
	}

	/**
	 * The alpha-2 code another spelling of a country stands for, in parentheses after a space, to
	 * append to a message; empty when there is nothing to suggest.
	 */
	public static String hint(String written) {
		String key = key(written);
		if (key.equals("UK") || key.equals("UNITED KINGDOM")) {
			return " (the United Kingdom is GB)";
		}
		if (key.equals("US") || key.equals("UNITED STATES")) {
			return " (the United States is US)";
		}
		String code = Spellings.BY_KEY.get(key);
		if (code == null) {
			return "";
		}
		// As a country is written: "Germany is DE", "DEU is DE", "Deutschland is DE", however typed.
		Locale country = new Locale("", code);
		String english = country.getDisplayCountry(Locale.ENGLISH);
		String stripped = Blanks.strip(written);
		String name = key.equals(key(english)) ? english
				: stripped.equalsIgnoreCase(country.getISO3Country()) ? country.getISO3Country()
						: Texts.shorten(stripped, 60);
		return " (" + name + " is " + code + ")";
	}

	/**
	 * A country's name as the spellings are looked up: upper case, without accents, dots or a
	 * leading "the", blanks made single spaces ("U.S." is "US", "the Netherlands" is "NETHERLANDS",
	 * "Österreich" is "OSTERREICH").
	 */
	static String key(String written) {
		String plain = Normalizer.normalize(written, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		StringBuilder key = new StringBuilder(plain.length());
		boolean space = false;
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (c == '.') {
				continue;
			}
			if (Blanks.isBlank(c) || c == '-') {
				space = key.length() > 0;
				continue;
			}
			if (space) {
				key.append(' ');
				space = false;
			}
			key.append(c);
		}
		String upper = key.toString().toUpperCase(Locale.ROOT);
		return upper.startsWith("THE ") ? upper.substring(4) : upper;
	}

	private static Map<String, String> spellings() {
		Map<String, String> spellings = new HashMap<>();
		Set<String> shared = new HashSet<>();
		for (String code : CODES) {
			Locale country = new Locale("", code);
			add(spellings, shared, country.getISO3Country(), code);
			add(spellings, shared, key(country.getDisplayCountry(Locale.ENGLISH)), code);
		}
		for (Locale locale : Locale.getAvailableLocales()) {
			String code = locale.getCountry();
			if (isCode(code) && !locale.getLanguage().isEmpty()) {
				add(spellings, shared, key(new Locale("", code).getDisplayCountry(new Locale(locale.getLanguage()))), code);
			}
		}
		shared.forEach(spellings::remove);
		spellings.putAll(COMMON_NAMES);
		return Map.copyOf(spellings);
	}

	private static void add(Map<String, String> spellings, Set<String> shared, String key, String code) {
		if (key.length() < 3 && key.chars().allMatch(c -> c < 0x80)) {
			return; // Latin two-letter names are codes or mistakes (日本 is a name)
		}
		String earlier = spellings.putIfAbsent(key, code);
		if (earlier != null && !earlier.equals(code)) {
			shared.add(key);
		}
	}

}
