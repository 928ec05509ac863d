package org.aimnav.catalog.program;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.aimnav.catalog.program.FacetCounts.Facet;
import org.aimnav.catalog.program.ProgramRows.Like;
import org.aimnav.catalog.search.TextAnalyzer;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.taxonomy.Topic;
import org.aimnav.catalog.version.CurrentVersionCache;
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

	private final ProgramRepository programs;

	private final CurrentVersionCache<SearchIndex> indexes;

	/**
	 * @param indexes the current version's index in memory; {@code null} to search in SQL only
	 */
	public ProgramSearch(NamedParameterJdbcTemplate jdbc, Taxonomy taxonomy, ProgramRepository programs,
			CurrentVersionCache<SearchIndex> indexes) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
		this.topicPhrases = topicPhrases(taxonomy);
		this.programs = programs;
		this.indexes = indexes;
	}

	/**
	 * One page of matches of a version, with the number of matches and the facet counts. The
	 * current version is searched in memory once its {@link SearchIndex} is built (shortly after
	 * start-up or a change of version); any other version, and the current one until then, in SQL.
	 * Both give the same answer (but for the order of names on PostgreSQL: see {@link SearchIndex}).
	 */
	public ProgramPage search(int version, ProgramQuery query) {
		Optional<SearchIndex> index = indexes == null ? Optional.empty() : indexes.held(version);
		return index.isPresent() ? searchIn(index.get(), query) : searchInDatabase(version, query);
	}

	/** A search answered from an index of the version in memory. */
	public ProgramPage searchIn(SearchIndex index, ProgramQuery query) {
		FacetCounts counts = newCounts(query);
		List<String> ids = index.search(query, queryTerms(query.text()), counts);
		return new ProgramPage(index.version(), counts.total, query.page(), query.size(),
				programs.findAll(index.version(), ids), counts.facets());
	}

	/** A search answered by the database alone. */
	public ProgramPage searchInDatabase(int version, ProgramQuery query) {
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
	 * the facet filters (see {@link FacetCounts}). One scan instead of one per facet and one for the
	 * total: on H2 each scan reads whole rows, and a 100,000-program version took 4 to 9 seconds a
	 * search with eight.
	 */
	private FacetCounts countAndFacets(int version, ProgramQuery query) {
		Sql where = where(version, query, EnumSet.allOf(Facet.class));
		FacetCounts counts = newCounts(query);
		jdbc.query("SELECT credential, delivery_format, pace, country, audiences, topics FROM program WHERE "
				+ where.text, where.params, rs -> {
					counts.add(FacetCounts.valuesOf(rs.getString(1), rs.getString(2), rs.getString(3),
							rs.getString(4), rs.getString(5), rs.getString(6)));
				});
		return counts;
	}

	private FacetCounts newCounts(ProgramQuery query) {
		List<Set<String>> selected = new ArrayList<>();
		selected.add(Set.copyOf(codes(query.credentials())));
		selected.add(Set.copyOf(codes(query.deliveryFormats())));
		selected.add(Set.copyOf(codes(query.paces())));
		selected.add(Set.copyOf(countryCodes(query)));
		selected.add(Set.copyOf(codes(query.audiences())));
		selected.add(Set.copyOf(topicCodes(query)));
		return new FacetCounts(selected, CodedValue.codes(Audience.class), taxonomy.codes());
	}

	private static List<String> countryCodes(ProgramQuery query) {
		return query.countries().stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
	}

	private List<String> topicCodes(ProgramQuery query) {
		return query.topics().stream().map(t -> taxonomy.find(t).map(Topic::code).orElse(t)).toList();
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
