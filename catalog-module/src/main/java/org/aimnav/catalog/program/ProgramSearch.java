package org.aimnav.catalog.program;

import java.util.ArrayList;
import java.util.Collection;
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
		Sql where = where(version, query, null);
		Long total = jdbc.queryForObject("SELECT COUNT(*) FROM program WHERE " + where.text, where.params, Long.class);
		Sql page = where.copy();
		page.params.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
		List<Program> items = jdbc.query("SELECT " + ProgramRows.COLUMNS + " FROM program WHERE " + page.text
				+ " ORDER BY " + orderBy(query, page) + " LIMIT :limit OFFSET :offset", page.params, ProgramRows.MAPPER);
		return new ProgramPage(version, total == null ? 0 : total, query.page(), query.size(), items,
				facets(version, query));
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
			Sql page = where(version, query, null);
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

	private Map<String, Map<String, Long>> facets(int version, ProgramQuery query) {
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		facets.put(Facet.CREDENTIAL.key, scalarFacet(version, query, Facet.CREDENTIAL,
				CodedValue.codes(Credential.class)));
		facets.put(Facet.DELIVERY_FORMAT.key, scalarFacet(version, query, Facet.DELIVERY_FORMAT,
				CodedValue.codes(DeliveryFormat.class)));
		facets.put(Facet.PACE.key, scalarFacet(version, query, Facet.PACE, CodedValue.codes(Pace.class)));
		facets.put(Facet.COUNTRY.key, scalarFacet(version, query, Facet.COUNTRY, List.of()));
		facets.put(Facet.AUDIENCE.key, listFacet(version, query, Facet.AUDIENCE, CodedValue.codes(Audience.class)));
		facets.put(Facet.TOPIC.key, listFacet(version, query, Facet.TOPIC, taxonomy.codes()));
		return facets;
	}

	/** Counts per value of a one-valued column; known values with no match count 0. */
	private Map<String, Long> scalarFacet(int version, ProgramQuery query, Facet facet, List<String> knownValues) {
		Sql where = where(version, query, facet);
		Map<String, Long> counts = new LinkedHashMap<>();
		knownValues.forEach(value -> counts.put(value, 0L));
		Map<String, Long> found = new TreeMap<>();
		jdbc.query("SELECT " + facet.column + " AS v, COUNT(*) AS n FROM program WHERE " + where.text + " AND "
				+ facet.column + " IS NOT NULL GROUP BY " + facet.column, where.params,
				rs -> {
					found.put(rs.getString("v"), rs.getLong("n"));
				});
		counts.putAll(found);
		return counts;
	}

	/** Counts per value of a list column, in one scan with one SUM per value. */
	private Map<String, Long> listFacet(int version, ProgramQuery query, Facet facet, List<String> values) {
		Sql where = where(version, query, facet);
		StringBuilder select = new StringBuilder("SELECT ");
		for (int i = 0; i < values.size(); i++) {
			String param = "f" + i;
			where.params.addValue(param, ProgramRows.memberPattern(values.get(i)));
			select.append(i == 0 ? "" : ", ")
				.append("SUM(CASE WHEN ")
				.append(facet.column)
				.append(" LIKE :")
				.append(param)
				.append(" ESCAPE '\\' THEN 1 ELSE 0 END) AS c")
				.append(i);
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.query(select + " FROM program WHERE " + where.text, where.params, rs -> {
			for (int i = 0; i < values.size(); i++) {
				counts.put(values.get(i), rs.getLong("c" + i));
			}
		});
		return counts;
	}

	/** The WHERE clause of a query, leaving out the filter of one facet when asked. */
	private Sql where(int version, ProgramQuery query, Facet without) {
		Sql sql = new Sql();
		sql.and("catalog_version = :version").params.addValue("version", version);
		if (without != Facet.CREDENTIAL) {
			sql.in("credential", "credential", codes(query.credentials()));
		}
		if (without != Facet.DELIVERY_FORMAT) {
			sql.in("delivery_format", "deliveryFormat", codes(query.deliveryFormats()));
		}
		if (without != Facet.PACE) {
			sql.in("pace", "pace", codes(query.paces()));
		}
		if (without != Facet.COUNTRY) {
			sql.in("country", "country", query.countries().stream().map(c -> c.toUpperCase(Locale.ROOT)).toList());
		}
		if (without != Facet.AUDIENCE) {
			sql.anyMember("audiences", "audience", codes(query.audiences()));
		}
		if (without != Facet.TOPIC) {
			sql.anyMember("topics", "topic",
					query.topics().stream().map(t -> taxonomy.find(t).map(Topic::code).orElse(t)).toList());
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

		CREDENTIAL("credential", "credential"), DELIVERY_FORMAT("deliveryFormat", "delivery_format"),
		PACE("pace", "pace"), COUNTRY("country", "country"), AUDIENCE("audience", "audiences"),
		TOPIC("topic", "topics");

		final String key;

		final String column;

		Facet(String key, String column) {
			this.key = key;
			this.column = column;
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
