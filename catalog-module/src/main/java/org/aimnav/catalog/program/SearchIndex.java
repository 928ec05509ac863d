package org.aimnav.catalog.program;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aimnav.catalog.program.ProgramSearch.QueryTerm;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One catalog version held in memory for searching: what filters, facets, free text and sorting
 * read, and nothing more (a page's programs are then read by id). Immutable, built once per
 * version and shared by every request. It answers as the database does ({@link ProgramSearch}
 * falls back to SQL for any other version), in one pass over the version instead of two scans of
 * the whole table: at 100,000 programs a search on H2 took 0.7 to 1.9 s. One difference: names are
 * ordered by their lower-case characters, as H2 orders them; PostgreSQL's SQL follows its collation,
 * which can order names differing only in spaces or punctuation otherwise.
 *
 * <p>
 * The analysed words of the text columns are held as ids into one sorted vocabulary, so the words
 * that begin with a query word (the SQL {@code LIKE '% word%'}) are one range of ids, and a
 * program's match is one binary search in its sorted ids. The three orders a listing can have are
 * computed once.
 */
public final class SearchIndex {

	private static final int LOAD_PAGE = 2000;

	private final int version;

	/** Program ids in id order: a program's position is its number here. */
	private final String[] ids;

	/**
	 * The distinct combinations of facet values in the version, as {@link FacetCounts#add} takes
	 * them, and per program the number of its own: facets are counted once per combination.
	 */
	private final List<List<String>>[] combinations;

	private final int[] combination;

	private final BigDecimal[] tuition;

	private final BigDecimal[] duration;

	/** Per program, the sorted ids of the words of its name, institution and description. */
	private final int[][] nameWords;

	private final int[][] institutionWords;

	private final int[][] descriptionWords;

	private final String[] vocabulary;

	/** Programs by name (case-insensitive, then id); by tuition and by duration (unstated last, then by name). */
	private final int[] byName;

	private final int[] byTuition;

	private final int[] byDuration;

	/** Each program's position in {@link #byName}: the tie-breaker of relevance. */
	private final int[] nameRank;

	private SearchIndex(int version, Loader loaded) {
		this.version = version;
		int size = loaded.ids.size();
		this.ids = loaded.ids.toArray(String[]::new);
		@SuppressWarnings("unchecked")
		List<List<String>>[] distinct = loaded.combinations.toArray(List[]::new);
		this.combinations = distinct;
		this.combination = loaded.combination.stream().mapToInt(Integer::intValue).toArray();
		this.tuition = loaded.tuition.toArray(BigDecimal[]::new);
		this.duration = loaded.duration.toArray(BigDecimal[]::new);
		// Word ids in sorted order, so that the words a prefix begins are one range.
		String[] words = new String[loaded.wordIds.size()];
		loaded.wordIds.forEach((word, id) -> words[id] = word);
		Integer[] sorted = new Integer[words.length];
		Arrays.setAll(sorted, i -> i);
		Arrays.sort(sorted, Comparator.comparing(i -> words[i]));
		int[] renumbered = new int[words.length];
		this.vocabulary = new String[words.length];
		for (int rank = 0; rank < sorted.length; rank++) {
			renumbered[sorted[rank]] = rank;
			vocabulary[rank] = words[sorted[rank]];
		}
		this.nameWords = renumber(loaded.nameWords, renumbered);
		this.institutionWords = renumber(loaded.institutionWords, renumbered);
		this.descriptionWords = renumber(loaded.descriptionWords, renumbered);
		String[] sortNames = loaded.sortNames.toArray(String[]::new);
		Comparator<Integer> name = Comparator.<Integer, String>comparing(i -> sortNames[i]).thenComparing(i -> ids[i]);
		this.byName = order(size, name);
		this.nameRank = new int[size];
		for (int rank = 0; rank < size; rank++) {
			nameRank[byName[rank]] = rank;
		}
		Comparator<Integer> byRank = Comparator.comparingInt(i -> nameRank[i]);
		this.byTuition = order(size, unstatedLast(tuition).thenComparing(byRank));
		this.byDuration = order(size, unstatedLast(duration).thenComparing(byRank));
	}

	/** Reads a version's programs, a page at a time along the primary key. */
	public static SearchIndex load(JdbcTemplate jdbc, int version) {
		Loader loader = new Loader();
		String after = "";
		while (true) {
			int before = loader.ids.size();
			jdbc.query("SELECT program_id, program_name, credential, delivery_format, pace, country, audiences, "
					+ "topics, tuition_usd, duration_months, name_terms, institution_terms, description_terms "
					+ "FROM program WHERE catalog_version = ? AND program_id > ? "
					+ "ORDER BY catalog_version, program_id LIMIT " + LOAD_PAGE, rs -> {
						loader.add(rs.getString(1), rs.getString(2),
								FacetCounts.valuesOf(rs.getString(3), rs.getString(4), rs.getString(5),
										rs.getString(6), rs.getString(7), rs.getString(8)),
								Decimals.clean(rs.getBigDecimal(9)), Decimals.clean(rs.getBigDecimal(10)),
								rs.getString(11), rs.getString(12), rs.getString(13));
					}, version, after);
			if (loader.ids.size() - before < LOAD_PAGE) {
				return new SearchIndex(version, loader);
			}
			after = loader.ids.get(loader.ids.size() - 1);
		}
	}

	public int version() {
		return version;
	}

	/** The number of programs of the version. */
	public int size() {
		return ids.length;
	}

	/**
	 * The ids of one page of matches, in the query's order, counting every match and the facets
	 * into {@code counts}.
	 */
	List<String> search(ProgramQuery query, List<QueryTerm> terms, FacetCounts counts) {
		int[][] ranges = new int[terms.size()][];
		for (int t = 0; t < ranges.length; t++) {
			ranges[t] = prefixRange(terms.get(t).word());
		}
		boolean byRelevance = query.sort() == ProgramSort.RELEVANCE && !terms.isEmpty();
		int[] order = switch (query.sort()) {
			case TUITION -> byTuition;
			case DURATION -> byDuration;
			case NAME, RELEVANCE -> byName;
		};
		long first = (long) query.page() * query.size();
		List<String> page = new ArrayList<>(query.size());
		// Relevance is known only once every match is: keyed (relevance, name rank) and sorted then.
		long[] relevant = byRelevance ? new long[16] : null;
		int matches = 0;
		// Per combination of facet values: programs that pass the other filters, and whether it
		// passes the facet filters (0 not known yet, 1 it does, 2 it does not).
		int[] passing = new int[combinations.length];
		byte[] verdict = new byte[combinations.length];
		for (int program : order) {
			if (outOfBounds(program, query)) {
				continue;
			}
			int relevance = 0;
			for (int t = 0; t < ranges.length && relevance >= 0; t++) {
				int score = score(program, ranges[t], terms.get(t).topics());
				relevance = score == 0 ? -1 : relevance + score;
			}
			if (relevance < 0) {
				continue;
			}
			int c = combination[program];
			passing[c]++;
			if (verdict[c] == 0) {
				verdict[c] = counts.passes(combinations[c]) ? (byte) 1 : (byte) 2;
			}
			if (verdict[c] == 2) {
				continue;
			}
			if (byRelevance) {
				if (matches == relevant.length) {
					relevant = Arrays.copyOf(relevant, matches * 2);
				}
				relevant[matches] = ((long) (Integer.MAX_VALUE - relevance) << 32) | nameRank[program];
			}
			else if (matches >= first && page.size() < query.size()) {
				page.add(ids[program]);
			}
			matches++;
		}
		for (int c = 0; c < passing.length; c++) {
			if (passing[c] > 0) {
				counts.add(combinations[c], passing[c]);
			}
		}
		if (byRelevance) {
			Arrays.sort(relevant, 0, matches);
			for (long i = first; i < matches && page.size() < query.size(); i++) {
				page.add(ids[byName[(int) relevant[(int) i]]]);
			}
		}
		return page;
	}

	private boolean outOfBounds(int program, ProgramQuery query) {
		// An upper bound is never met by a value that is not stated.
		return (query.maxTuitionUsd() != null
				&& (tuition[program] == null || tuition[program].compareTo(query.maxTuitionUsd()) > 0))
				|| (query.maxDurationMonths() != null
						&& (duration[program] == null || duration[program].compareTo(query.maxDurationMonths()) > 0));
	}

	/** The weights of a query word on a program, as the SQL search sums them; 0 when it does not match. */
	private int score(int program, int[] range, List<String> topics) {
		int score = 0;
		if (containsAny(nameWords[program], range)) {
			score += 3;
		}
		if (containsAny(institutionWords[program], range)) {
			score += 2;
		}
		if (containsAny(descriptionWords[program], range)) {
			score += 1;
		}
		List<String> programTopics = combinations[combination[program]].get(FacetCounts.Facet.TOPIC.ordinal());
		for (String topic : topics) {
			if (programTopics.contains(topic)) {
				score += 2;
				break;
			}
		}
		return score;
	}

	/** Whether sorted word ids hold one in {@code [range[0], range[1])}. */
	private static boolean containsAny(int[] words, int[] range) {
		int at = Arrays.binarySearch(words, range[0]);
		if (at < 0) {
			at = -at - 1;
		}
		return at < words.length && words[at] < range[1];
	}

	/** The ids of the words that begin with {@code prefix}: {@code [from, to)}. */
	private int[] prefixRange(String prefix) {
		int from = Arrays.binarySearch(vocabulary, prefix);
		if (from < 0) {
			from = -from - 1;
		}
		int low = from;
		int high = vocabulary.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (vocabulary[middle].startsWith(prefix)) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return new int[] { from, low };
	}

	private static int[][] renumber(List<int[]> words, int[] renumbered) {
		int[][] result = new int[words.size()][];
		for (int i = 0; i < result.length; i++) {
			int[] ids = words.get(i);
			for (int j = 0; j < ids.length; j++) {
				ids[j] = renumbered[ids[j]];
			}
			Arrays.sort(ids);
			result[i] = ids;
		}
		return result;
	}

	private static int[] order(int size, Comparator<Integer> comparator) {
		Integer[] programs = new Integer[size];
		Arrays.setAll(programs, i -> i);
		Arrays.sort(programs, comparator);
		return Arrays.stream(programs).mapToInt(Integer::intValue).toArray();
	}

	private static Comparator<Integer> unstatedLast(BigDecimal[] values) {
		return Comparator.comparing(i -> values[i], Comparator.nullsLast(Comparator.naturalOrder()));
	}

	/** What a version's rows give, gathered before the index is made. */
	private static final class Loader {

		final List<String> ids = new ArrayList<>();

		final List<String> sortNames = new ArrayList<>();

		final List<List<List<String>>> combinations = new ArrayList<>();

		final List<Integer> combination = new ArrayList<>();

		final List<BigDecimal> tuition = new ArrayList<>();

		final List<BigDecimal> duration = new ArrayList<>();

		final List<int[]> nameWords = new ArrayList<>();

		final List<int[]> institutionWords = new ArrayList<>();

		final List<int[]> descriptionWords = new ArrayList<>();

		final Map<String, Integer> wordIds = new HashMap<>();

		/** The number of each combination of facet values. */
		private final Map<List<List<String>>, Integer> combinationIds = new HashMap<>();

		void add(String id, String name, List<List<String>> facets, BigDecimal tuitionUsd, BigDecimal durationMonths,
				String nameTerms, String institutionTerms, String descriptionTerms) {
			ids.add(id);
			// As the database orders by LOWER(program_name).
			sortNames.add(name.toLowerCase(Locale.ROOT));
			combination.add(combinationIds.computeIfAbsent(List.copyOf(facets), f -> {
				combinations.add(f);
				return combinations.size() - 1;
			}));
			tuition.add(tuitionUsd);
			duration.add(durationMonths);
			nameWords.add(words(nameTerms));
			institutionWords.add(words(institutionTerms));
			descriptionWords.add(words(descriptionTerms));
		}

		/** The distinct words of an index form ({@code " word word "}) as provisional ids. */
		private int[] words(String terms) {
			if (terms == null || terms.isBlank()) {
				return new int[0];
			}
			int[] found = new int[8];
			int count = 0;
			int start = 0;
			while (start < terms.length()) {
				int end = terms.indexOf(' ', start);
				if (end < 0) {
					end = terms.length();
				}
				if (end > start) {
					Integer id = wordIds.computeIfAbsent(terms.substring(start, end), w -> wordIds.size());
					if (count == found.length) {
						found = Arrays.copyOf(found, count * 2);
					}
					found[count++] = id;
				}
				start = end + 1;
			}
			return Arrays.stream(found, 0, count).distinct().toArray();
		}

	}

}
