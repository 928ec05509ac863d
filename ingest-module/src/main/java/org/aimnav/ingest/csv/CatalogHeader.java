package org.aimnav.ingest.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aimnav.catalog.program.CatalogColumn;
import org.aimnav.catalog.program.CodedValue;
import org.aimnav.catalog.text.Blanks;
import org.aimnav.ingest.ImportRefusedException;
import org.aimnav.ingest.RefusalReason;

/**
 * Where each column of the catalog format stands in a file's header. Names are matched
 * case-insensitively after trimming ({@link Blanks}), and without regard to spaces, punctuation and
 * underscores ({@code Tuition (USD)} and {@code TuitionUSD} are {@code tuition_usd}), in any order;
 * columns the format does not know are ignored, and those that look like a column the file lacks
 * ({@code Tuition}, {@code coutry}) are named as such, since ignoring them leaves every program of
 * the file without that field.
 */
public final class CatalogHeader {

	/**
	 * Names other sheets give a column (compacted as {@link #compact} does): such a column is the
	 * lookalike of the one it names when the file lacks that one, and of no other ({@code Degree}
	 * beside a {@code credential} column says the credential again; it is not a {@code min_prior_degree}
	 * a letter or a word away).
	 */
	private static final Map<String, CatalogColumn> OTHER_NAMES = otherNames();

	private final int size;

	private final int namedSize;

	private final int[] indexes;

	private final List<String> ignored;

	private final Map<String, CatalogColumn> lookalikes;

	private final List<Integer> unnamedIndexes;

	private final List<String> names;

	private CatalogHeader(List<String> names, int namedSize, int[] indexes, List<String> ignored,
			Map<String, CatalogColumn> lookalikes, List<Integer> unnamedIndexes) {
		this.names = names.stream().map(Blanks::strip).toList();
		this.size = names.size();
		this.namedSize = namedSize;
		this.indexes = indexes;
		this.ignored = List.copyOf(ignored);
		this.lookalikes = Collections.unmodifiableMap(new LinkedHashMap<>(lookalikes));
		this.unnamedIndexes = List.copyOf(unnamedIndexes);
	}

	/**
	 * Maps a header.
	 * @throws ImportRefusedException the header names no column of the format, names one twice, or
	 * lacks required ones
	 */
	public static CatalogHeader of(List<String> names) {
		int[] indexes = new int[CatalogColumn.values().length];
		Arrays.fill(indexes, -1);
		List<String> ignored = new ArrayList<>();
		Map<CatalogColumn, List<String>> spellings = new EnumMap<>(CatalogColumn.class);
		int namedSize = 0;
		// Unnamed columns are warned about once a named one follows them: after the last named one
		// they are a trailing delimiter, not columns.
		List<String> unnamed = new ArrayList<>();
		List<Integer> unnamedAt = new ArrayList<>();
		List<Integer> unnamedIndexes = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			String name = Blanks.strip(names.get(i));
			if (name.isEmpty()) {
				unnamed.add("(unnamed column " + (i + 1) + ")");
				unnamedAt.add(i);
				continue;
			}
			namedSize = i + 1;
			ignored.addAll(unnamed);
			unnamedIndexes.addAll(unnamedAt);
			unnamed.clear();
			unnamedAt.clear();
			CatalogColumn column = column(name);
			if (column == null) {
				ignored.add(name);
				continue;
			}
			spellings.computeIfAbsent(column, c -> new ArrayList<>()).add(name);
			if (indexes[column.ordinal()] < 0) {
				indexes[column.ordinal()] = i;
			}
		}
		if (spellings.isEmpty()) {
			throw new ImportRefusedException(RefusalReason.NO_HEADER,
					"The first line must be the header naming the columns (" + String.join(", ", CatalogColumn.headers())
							+ "); it names none of them" + (names.isEmpty() ? "" : ": " + preview(names)));
		}
		Map<String, List<String>> duplicates = new LinkedHashMap<>();
		spellings.forEach((column, written) -> {
			if (written.size() > 1) {
				duplicates.put(column.header(), written);
			}
		});
		if (!duplicates.isEmpty()) {
			throw new ImportRefusedException(RefusalReason.DUPLICATE_COLUMNS,
					"The header names a column more than once: " + String.join(", ", duplicates.keySet())
							+ ". Keep one column of each name.");
		}
		Map<String, CatalogColumn> lookalikes = lookalikes(ignored, indexes);
		List<String> missing = new ArrayList<>();
		for (CatalogColumn column : CatalogColumn.values()) {
			if (column.required() && indexes[column.ordinal()] < 0) {
				missing.add(column.header());
			}
		}
		if (!missing.isEmpty()) {
			List<String> meant = new ArrayList<>();
			lookalikes.forEach((name, column) -> {
				if (column.required()) {
					meant.add("'" + name + "' for " + column.header());
				}
			});
			throw new ImportRefusedException(RefusalReason.MISSING_COLUMNS,
					"The header lacks " + (missing.size() == 1 ? "the required column " : "the required columns ")
							+ String.join(", ", missing) + ". Every file needs "
							+ String.join(", ", requiredHeaders()) + "."
							+ (meant.isEmpty() ? "" : " Perhaps the header has " + String.join(", ", meant)
									+ " under another name: rename " + (meant.size() == 1 ? "it." : "them.")));
		}
		return new CatalogHeader(names, namedSize, indexes, ignored, lookalikes, unnamedIndexes);
	}

	/**
	 * Ignored names that look like a column the file lacks: its name with a letter or two wrong
	 * ({@code coutry}, {@code last_verifed}; not for names as short as {@code pace} or
	 * {@code url}, which too many words are a letter away from), a word of it ({@code Tuition},
	 * {@code Verified}, {@code Months}), it with a word more or another last word
	 * ({@code Country code}, {@code Tuition (EUR)}), or its plural ({@code cities}).
	 */
	private static Map<String, CatalogColumn> lookalikes(List<String> ignored, int[] indexes) {
		Map<String, CatalogColumn> lookalikes = new LinkedHashMap<>();
		for (String name : ignored) {
			String written = compact(name);
			CatalogColumn named = OTHER_NAMES.get(written);
			if (named != null) {
				if (indexes[named.ordinal()] < 0) {
					lookalikes.put(name, named);
				}
				continue;
			}
			if (written.length() < 4) {
				continue;
			}
			for (CatalogColumn column : CatalogColumn.values()) {
				if (indexes[column.ordinal()] < 0 && looksLike(written, compact(column.header()))) {
					lookalikes.putIfAbsent(name, column);
				}
			}
		}
		return lookalikes;
	}

	private static Map<String, CatalogColumn> otherNames() {
		Map<String, CatalogColumn> names = new HashMap<>();
		other(names, CatalogColumn.PROGRAM_ID, "id", "programcode");
		other(names, CatalogColumn.INSTITUTION, "university", "school", "provider", "organisation", "organization",
				"institute", "college");
		other(names, CatalogColumn.PROGRAM_NAME, "name", "title", "program", "programme", "programtitle",
				"programmetitle", "course", "coursename", "coursetitle");
		other(names, CatalogColumn.CREDENTIAL, "degree", "degreetype", "award", "qualification", "credentialtype",
				"type", "level");
		other(names, CatalogColumn.DELIVERY_FORMAT, "format", "delivery", "modality", "deliverymode");
		other(names, CatalogColumn.PACE, "studymode", "attendance", "schedule", "intensity");
		other(names, CatalogColumn.DURATION_MONTHS, "duration", "length", "months");
		other(names, CatalogColumn.TUITION_USD, "tuition", "cost", "fee", "fees", "price", "tuitionfee", "tuitionfees");
		other(names, CatalogColumn.COUNTRY, "nation", "countrycode");
		other(names, CatalogColumn.CITY, "town");
		other(names, CatalogColumn.AUDIENCES, "audience", "targetaudience", "targetaudiences", "learners");
		other(names, CatalogColumn.TOPICS, "topic", "subjects", "subject", "tags", "keywords", "themes", "areas");
		other(names, CatalogColumn.MIN_PRIOR_DEGREE, "prerequisite", "prerequisites", "requirements",
				"entryrequirements", "admissionrequirements", "priordegree");
		other(names, CatalogColumn.DESCRIPTION, "summary", "overview", "about", "details");
		other(names, CatalogColumn.URL, "website", "link", "homepage", "webpage", "programurl", "programmeurl");
		other(names, CatalogColumn.SOURCE_URL, "source", "sources", "citation", "sourcelink");
		other(names, CatalogColumn.LAST_VERIFIED, "verified", "lastchecked", "checked", "verifiedon", "lastupdated",
				"updated", "checkedon");
		return Map.copyOf(names);
	}

	private static void other(Map<String, CatalogColumn> names, CatalogColumn column, String... compactNames) {
		for (String name : compactNames) {
			if (names.put(name, column) != null) {
				throw new IllegalStateException("'" + name + "' is another name of two columns");
			}
		}
	}

	private static boolean looksLike(String name, String header) {
		String singular = name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
				: name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
		return singular.equals(header) || looksLikeAsWritten(name, header)
				|| (singular.length() >= 4 && looksLikeAsWritten(singular, header));
	}

	private static boolean looksLikeAsWritten(String written, String header) {
		if (header.length() >= 6 && distance(written, header) <= (header.length() < 10 ? 1 : 2)) {
			return true;
		}
		if (written.length() >= 5 && (header.startsWith(written) || header.endsWith(written))) {
			return true;
		}
		if (header.length() >= 4 && written.startsWith(header)) {
			return true;
		}
		int common = 0;
		while (common < Math.min(written.length(), header.length()) && written.charAt(common) == header.charAt(common)) {
			common++;
		}
		return common >= 5 && common * 10 >= header.length() * 6;
	}

	/** Levenshtein's edit distance, for names of a few dozen characters. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/** The name of the column at {@code index} as the header writes it (trimmed), or null past its end. */
	public String nameAt(int index) {
		return index < names.size() ? names.get(index) : null;
	}

	/** How many columns the header has, known or not. */
	public int size() {
		return size;
	}

	/**
	 * How many columns the header has up to its last named one: fewer when it ends with a
	 * delimiter, and rows need not have values for unnamed columns at the end.
	 */
	public int namedSize() {
		return namedSize;
	}

	/** Where a column stands in a record, or -1 when the file does not have it. */
	public int indexOf(CatalogColumn column) {
		return indexes[column.ordinal()];
	}

	/** Header names of columns that are not in the format, which the import ignores. */
	public List<String> ignoredColumns() {
		return ignored;
	}

	/**
	 * Where the header has a column without a name before its last named one (0-based): usually a
	 * header cell that was lost, so the import counts the values under it.
	 */
	public List<Integer> unnamedIndexes() {
		return unnamedIndexes;
	}

	/** Ignored names that look like a column of the format that the file lacks, in header order. */
	public Map<String, CatalogColumn> lookalikes() {
		return lookalikes;
	}

	/** How many of the format's columns a header names, to tell which delimiter reads it right. */
	static int knownColumns(List<String> names) {
		int known = 0;
		for (String name : names) {
			if (column(Blanks.strip(name)) != null) {
				known++;
			}
		}
		return known;
	}

	private static CatalogColumn column(String name) {
		if (name.isEmpty()) {
			return null;
		}
		String normalized = CodedValue.normalize(name);
		for (CatalogColumn column : CatalogColumn.values()) {
			if (column.header().equals(normalized)) {
				return column;
			}
		}
		String compact = compact(name);
		for (CatalogColumn column : CatalogColumn.values()) {
			if (compact(column.header()).equals(compact)) {
				return column;
			}
		}
		return null;
	}

	/** A name's letters and digits, lower case: how names are compared when not exactly. */
	private static String compact(String name) {
		StringBuilder compact = new StringBuilder(name.length());
		name.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(compact::appendCodePoint);
		return compact.toString();
	}

	private static List<String> requiredHeaders() {
		return Arrays.stream(CatalogColumn.values()).filter(CatalogColumn::required).map(CatalogColumn::header).toList();
	}

	private static String preview(List<String> names) {
		String joined = String.join(", ", names);
		return joined.length() > 120 ? joined.substring(0, 120) + "…" : joined;
	}

}
