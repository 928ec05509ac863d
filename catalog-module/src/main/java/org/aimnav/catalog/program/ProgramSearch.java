package org.aimnav.catalog.program;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.aimnav.catalog.program.ProgramRows.Like;
import org.aimnav.catalog.search.TextAnalyzer;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.taxonomy.Topic;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Catalog search in portable SQL (H2 and PostgreSQL alike): facet filters, upper bounds, free text
 * with relevance, facet counts, sorting and paging.
 *
 * <p>
 * Free text is analysed with {@link TextAnalyzer} and every word of the query must match (the
 * behaviour people expect from a search box). A word matches a program when it begins a word of
 * the name (weight 3), the institution (2) or the description (1), or when the query names a topic
 * the program has, by its label or a synonym of the taxonomy (2): {@code radiology} finds
 * programs on medical imaging. Relevance is the sum of those weights.
 */
public class ProgramSearch {

	private static final int EXPORT_PAGE_SIZE = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	private final Taxonomy taxonomy;

	private final List<TopicPhrase> topicPhrases;

	public ProgramSearch(NamedParameterJdbcTemplate jdbc, Taxonomy taxonomy) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
		this.topicPhrases = topicPhrases(taxonomy);
	}

	public ProgramPage search(int version, ProgramQuery query) {
		FacetCounts counted = countAndFacets(version, query);
		Sql page = where(version, query, Set.of());
		page.params.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
		List<Program> items = jdbc.query("SELECT " + ProgramRows.COLUMNS + " FROM program WHERE " + page.text
				+ " ORDER BY " + orderBy(query, page) + " LIMIT :limit OFFSET :offset", page.params, ProgramRows.MAPPER);
		return new ProgramPage(version, counted.total, query.page(), query.size(), items, counted.facets());
	}

	/**
	 * Every program that matches, in program id order, one at a time: for exports of any size. Each
	 * page continues after the last id of the one before along the primary key, so the whole walk
	 * reads each match once and holds one page; paging by offset in the query's own order made the
	 * database sort the version again for every page (a 295,000-program export ran at 150 rows a
	 * second). Id order also makes the same catalog always export to the same file.
	 */
	public void forEachMatch(int version, ProgramQuery query, Consumer<Program> consumer) {
		String after = null;
		while (true) {
			Sql page = where(version, query, Set.of());
			if (after != null) {
				page.and("program_id > :after").params.addValue("after", after);
			}
			page.params.addValue("limit", EXPORT_PAGE_SIZE);
			List<Program> items = jdbc.query("SELECT " + ProgramRows.COLUMNS + " FROM program WHERE " + page.text
					// The whole primary key: ordered by program_id alone, H2 sorts the rest of the
					// version for every page instead of reading the index in order.
					+ " ORDER BY catalog_version, program_id LIMIT :limit", page.params, ProgramRows.MAPPER);
			items.forEach(consumer);
			if (items.size() < EXPORT_PAGE_SIZE) {
				return;
			}
			after = items.get(items.size() - 1).programId();
		}
	}

	/**
	 * The number of matches and every facet's counts, in one pass over the rows that match all but
	 * the facet filters: a row counts for a facet when it passes every other facet's filter (the
	 * counts apply every filter but their own), and for the total when it passes them all. One scan
	 * instead of one per facet and one for the total: on H2 each scan reads whole rows, and a
	 * 100,000-program version took 4 to 9 seconds a search with eight.
	 */
	private FacetCounts countAndFacets(int version, ProgramQuery query) {
		Sql where = where(version, query, EnumSet.allOf(Facet.class));
		Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
		selected.put(Facet.CREDENTIAL, Set.copyOf(codes(query.credentials())));
		selected.put(Facet.DELIVERY_FORMAT, Set.copyOf(codes(query.deliveryFormats())));
		selected.put(Facet.PACE, Set.copyOf(codes(query.paces())));
		selected.put(Facet.COUNTRY, Set.copyOf(countryCodes(query)));
		selected.put(Facet.AUDIENCE, Set.copyOf(codes(query.audiences())));
		selected.put(Facet.TOPIC, Set.copyOf(topicCodes(query)));
		FacetCounts counts = new FacetCounts(CodedValue.codes(Audience.class), taxonomy.codes(),
				selected.get(Facet.COUNTRY));
		Facet[] facets = Facet.values();
		jdbc.query("SELECT credential, delivery_format, pace, country, audiences, topics FROM program WHERE "
				+ where.text, where.params, rs -> {
					List<List<String>> values = new ArrayList<>(facets.length);
					for (int i = 0; i < 4; i++) {
						String value = rs.getString(i + 1);
						values.add(value == null ? List.of() : List.of(value));
					}
					values.add(distinctCodes(rs.getString(5)));
					values.add(distinctCodes(rs.getString(6)));
					int failing = 0;
					Facet failed = null;
					for (Facet facet : facets) {
						Set<String> wanted = selected.get(facet);
						if (!wanted.isEmpty() && values.get(facet.ordinal()).stream().noneMatch(wanted::contains)) {
							failing++;
							failed = facet;
						}
					}
					if (failing == 0) {
						counts.total++;
					}
					for (Facet facet : facets) {
						if (failing == 0 || (failing == 1 && failed == facet)) {
							counts.add(facet, values.get(facet.ordinal()));
						}
					}
				});
		return counts;
	}

	private static List<String> distinctCodes(String stored) {
		List<String> codes = ProgramRows.splitCodes(stored);
		return codes.size() < 2 ? codes : List.copyOf(new LinkedHashSet<>(codes));
	}

	private static List<String> countryCodes(ProgramQuery query) {
		return query.countries().stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
	}

	private List<String> topicCodes(ProgramQuery query) {
		return query.topics().stream().map(t -> taxonomy.find(t).map(Topic::code).orElse(t)).toList();
	}

	/** Counts per facet value, kept as the page shows them; and the number of matches. */
	private static final class FacetCounts {

		long total;

		private final Map<Facet, Map<String, Long>> known = new EnumMap<>(Facet.class);

		/** Values outside the known ones (countries, and codes no enum lists), shown after them in order. */
		private final Map<Facet, Map<String, Long>> others = new EnumMap<>(Facet.class);

		/** @param countries the countries the query selects: listed even when nothing matches them */
		FacetCounts(List<String> audiences, List<String> topics, Set<String> countries) {
			known.put(Facet.CREDENTIAL, zeros(CodedValue.codes(Credential.class)));
			known.put(Facet.DELIVERY_FORMAT, zeros(CodedValue.codes(DeliveryFormat.class)));
			known.put(Facet.PACE, zeros(CodedValue.codes(Pace.class)));
			known.put(Facet.COUNTRY, new LinkedHashMap<>());
			known.put(Facet.AUDIENCE, zeros(audiences));
			known.put(Facet.TOPIC, zeros(topics));
			for (Facet facet : Facet.values()) {
				others.put(facet, new TreeMap<>());
			}
			// A filter the page shows as a ticked box must stay in its facet, with 0 if need be.
			countries.forEach(country -> others.get(Facet.COUNTRY).put(country, 0L));
		}

		private static Map<String, Long> zeros(List<String> values) {
			Map<String, Long> counts = new LinkedHashMap<>();
			values.forEach(value -> counts.put(value, 0L));
			return counts;
		}

		void add(Facet facet, List<String> values) {
			for (String value : values) {
				Map<String, Long> counts = known.get(facet);
				if (counts.containsKey(value)) {
					counts.merge(value, 1L, Long::sum);
				}
				else if (!facet.list) {
					// A list facet counts only the values it lists (the taxonomy's topics, the audiences).
					others.get(facet).merge(value, 1L, Long::sum);
				}
			}
		}

		Map<String, Map<String, Long>> facets() {
			Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
			for (Facet facet : Facet.values()) {
				Map<String, Long> counts = new LinkedHashMap<>(known.get(facet));
				counts.putAll(others.get(facet));
				facets.put(facet.key, counts);
			}
			return facets;
		}

	}

	/** The WHERE clause of a query, leaving out the filters of the facets given. */
	private Sql where(int version, ProgramQuery query, Set<Facet> without) {
		Sql sql = new Sql();
		sql.and("catalog_version = :version").params.addValue("version", version);
		if (!without.contains(Facet.CREDENTIAL)) {
			sql.in("credential", "credential", codes(query.credentials()));
		}
		if (!without.contains(Facet.DELIVERY_FORMAT)) {
			sql.in("delivery_format", "deliveryFormat", codes(query.deliveryFormats()));
		}
		if (!without.contains(Facet.PACE)) {
			sql.in("pace", "pace", codes(query.paces()));
		}
		if (!without.contains(Facet.COUNTRY)) {
			sql.in("country", "country", countryCodes(query));
		}
		if (!without.contains(Facet.AUDIENCE)) {
			sql.anyMember("audiences", "audience", codes(query.audiences()));
		}
		if (!without.contains(Facet.TOPIC)) {
			sql.anyMember("topics", "topic", topicCodes(query));
		}
		if (query.maxTuitionUsd() != null) {
			sql.and("tuition_usd <= :maxTuition").params.addValue("maxTuition", query.maxTuitionUsd());
		}
		if (query.maxDurationMonths() != null) {
			sql.and("duration_months <= :maxDuration").params.addValue("maxDuration", query.maxDurationMonths());
		}
		textCondition(query.text(), sql);
		return sql;
	}

	private void textCondition(String text, Sql sql) {
		List<QueryTerm> terms = queryTerms(text);
		List<String> scores = new ArrayList<>();
		for (int i = 0; i < terms.size(); i++) {
			QueryTerm term = terms.get(i);
			String word = "t" + i;
			sql.params.addValue(word, "% " + Like.escape(term.word) + "%");
			String inName = "name_terms LIKE :" + word + " ESCAPE '\\'";
			String inInstitution = "institution_terms LIKE :" + word + " ESCAPE '\\'";
			String inDescription = "description_terms LIKE :" + word + " ESCAPE '\\'";
			List<String> topicMatches = new ArrayList<>();
			int j = 0;
			for (String topic : term.topics) {
				String param = word + "_" + j++;
				sql.params.addValue(param, ProgramRows.memberPattern(topic));
				topicMatches.add("topics LIKE :" + param + " ESCAPE '\\'");
			}
			String inTopics = topicMatches.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", topicMatches) + ")";
			sql.and("(" + inName + " OR " + inInstitution + " OR " + inDescription + " OR " + inTopics + ")");
			scores.add("(CASE WHEN " + inName + " THEN 3 ELSE 0 END) + (CASE WHEN " + inInstitution
					+ " THEN 2 ELSE 0 END) + (CASE WHEN " + inDescription + " THEN 1 ELSE 0 END) + (CASE WHEN "
					+ inTopics + " THEN 2 ELSE 0 END)");
		}
		sql.relevance = scores.isEmpty() ? null : String.join(" + ", scores);
	}

	/**
	 * The words of a query, each with the topics it helps to name. A topic is named when every
	 * word of its label or of one of its synonyms is in the query, so {@code deep learning} names
	 * deep learning but {@code learning} alone does not.
	 */
	List<QueryTerm> queryTerms(String text) {
		List<String> words = new ArrayList<>(new LinkedHashSet<>(TextAnalyzer.terms(text)));
		if (words.isEmpty()) {
			return List.of();
		}
		Map<String, Set<String>> topicsByWord = new LinkedHashMap<>();
		words.forEach(w -> topicsByWord.put(w, new LinkedHashSet<>()));
		for (TopicPhrase phrase : topicPhrases) {
			if (words.containsAll(phrase.words())) {
				phrase.words().forEach(w -> topicsByWord.get(w).add(phrase.topic()));
			}
		}
		return words.stream().map(w -> new QueryTerm(w, List.copyOf(topicsByWord.get(w)))).toList();
	}

	/** Every label and synonym of the taxonomy, analysed once: the phrases a query can name a topic by. */
	private static List<TopicPhrase> topicPhrases(Taxonomy taxonomy) {
		List<TopicPhrase> phrases = new ArrayList<>();
		for (Topic topic : taxonomy.topics()) {
			List<String> texts = new ArrayList<>(topic.synonyms());
			texts.add(topic.label());
			texts.add(topic.code().replace('_', ' '));
			for (String text : texts) {
				List<String> words = TextAnalyzer.terms(text);
				if (!words.isEmpty()) {
					phrases.add(new TopicPhrase(topic.code(), words));
				}
			}
		}
		return List.copyOf(phrases);
	}

	private record TopicPhrase(String topic, List<String> words) {
	}

	private static String orderBy(ProgramQuery query, Sql sql) {
		String byName = "LOWER(program_name), program_id";
		return switch (query.sort()) {
			case RELEVANCE -> sql.relevance == null ? byName : "(" + sql.relevance + ") DESC, " + byName;
			case TUITION -> "tuition_usd ASC NULLS LAST, " + byName;
			case DURATION -> "duration_months ASC NULLS LAST, " + byName;
			case NAME -> byName;
		};
	}

	private static List<String> codes(Collection<? extends CodedValue> values) {
		return values.stream().map(CodedValue::code).sorted().toList();
	}

	record QueryTerm(String word, List<String> topics) {
	}

	private enum Facet {

		// In the order of the columns the facet pass selects.
		CREDENTIAL("credential", false), DELIVERY_FORMAT("deliveryFormat", false), PACE("pace", false),
		COUNTRY("country", false), AUDIENCE("audience", true), TOPIC("topic", true);

		final String key;

		/** Whether the column holds a list of codes ({@code ;a;b;}) rather than one value. */
		final boolean list;

		Facet(String key, boolean list) {
			this.key = key;
			this.list = list;
		}

	}

	/** A WHERE clause under construction with its named parameters. */
	private static final class Sql {

		String text = "";

		MapSqlParameterSource params = new MapSqlParameterSource();

		String relevance;

		Sql and(String condition) {
			text = text.isEmpty() ? condition : text + " AND " + condition;
			return this;
		}

		void in(String column, String param, List<String> values) {
			if (!values.isEmpty()) {
				and(column + " IN (:" + param + ")");
				params.addValue(param, values);
			}
		}

		void anyMember(String column, String param, List<String> codes) {
			if (codes.isEmpty()) {
				return;
			}
			List<String> alternatives = new ArrayList<>();
			for (int i = 0; i < codes.size(); i++) {
				params.addValue(param + i, ProgramRows.memberPattern(codes.get(i)));
				alternatives.add(column + " LIKE :" + param + i + " ESCAPE '\\'");
			}
			and("(" + String.join(" OR ", alternatives) + ")");
		}

		Sql copy() {
			Sql copy = new Sql();
			copy.text = text;
			copy.params = new MapSqlParameterSource(params.getValues());
			copy.relevance = relevance;
			return copy;
		}

	}

}
