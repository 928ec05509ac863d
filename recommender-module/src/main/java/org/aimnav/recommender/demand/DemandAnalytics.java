package org.aimnav.recommender.demand;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.CodedValue;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.recommender.demand.DemandSummary.CountedValue;
import org.aimnav.recommender.demand.DemandSummary.DailyRequests;
import org.aimnav.recommender.demand.DemandSummary.ProgramDemand;
import org.aimnav.recommender.demand.DemandSummary.ProgramRef;
import org.aimnav.recommender.demand.DemandSummary.UnmetConstraint;
import org.aimnav.recommender.profile.Goal;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What learners ask for, read from the recommendation request log: the interests, roles and goals
 * most stated, the programs most and never recommended, the must-haves that most often left
 * learners short, and requests per day. Plain SQL that runs the same on H2 and PostgreSQL; every
 * list is ordered by count and then by value, so equal counts always come in the same order.
 */
public class DemandAnalytics {

	private final JdbcTemplate jdbc;

	private final Taxonomy taxonomy;

	public DemandAnalytics(JdbcTemplate jdbc, Taxonomy taxonomy) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
	}

	/**
	 * How many never-recommended programs a summary lists (it counts them all): early on, or for a
	 * large catalog, that is most of the catalog, and a page listing 100,000 programs is unusable.
	 */
	public static final int NEVER_RECOMMENDED_LISTED = 100;

	/**
	 * Everything at once, over the requests of the window. The programs most and never recommended
	 * are both read from those requests (whatever version each was made on, since a program keeps
	 * its id from version to version), and named from the given catalog version: a program is
	 * never in both lists, and one recommended before but no longer in the catalog says so.
	 */
	public DemandSummary summary(DemandWindow window, int top, int catalogVersion) {
		return new DemandSummary(catalogVersion, requestCount(window), topInterests(window, top),
				topRoles(window, top), topGoals(window, top), mostRecommended(window, top, catalogVersion),
				neverRecommended(window, catalogVersion, NEVER_RECOMMENDED_LISTED),
				neverRecommendedCount(window, catalogVersion), unmetConstraints(window, top), requestsByDay(window));
	}

	public long requestCount(DemandWindow window) {
		Where where = Where.of(window, "q");
		Long count = jdbc.queryForObject("SELECT COUNT(*) FROM recommendation_request q" + where.sql(), Long.class,
				where.args());
		return count == null ? 0 : count;
	}

	public List<CountedValue> topInterests(DemandWindow window, int top) {
		return counted("SELECT i.topic AS v, COUNT(*) AS c FROM recommendation_request_interest i "
				+ "JOIN recommendation_request q ON q.request_id = i.request_id", window, "i.topic", top,
				taxonomy::label);
	}

	public List<CountedValue> topRoles(DemandWindow window, int top) {
		return counted("SELECT q.learner_role AS v, COUNT(*) AS c FROM recommendation_request q", window,
				"q.learner_role", top, code -> label(Audience.class, code));
	}

	public List<CountedValue> topGoals(DemandWindow window, int top) {
		return counted("SELECT g.goal AS v, COUNT(*) AS c FROM recommendation_request_goal g "
				+ "JOIN recommendation_request q ON q.request_id = g.request_id", window, "g.goal", top,
				code -> CodedValue.parse(Goal.class, code).map(goal -> heading(goal.label())).orElse(code));
	}

	/**
	 * Programs most often among the results of the window, with their average rank, named as in
	 * {@code catalogVersion}; a program that version does not have comes without a name.
	 */
	public List<ProgramDemand> mostRecommended(DemandWindow window, int top, int catalogVersion) {
		Where where = Where.of(window, "q");
		List<Object> args = new ArrayList<>(List.of(where.args()));
		args.add(catalogVersion);
		args.add(top);
		return jdbc.query("SELECT m.program_id, p.program_name, p.institution, m.c, m.a FROM ("
				+ "SELECT r.program_id, COUNT(*) AS c, AVG(CAST(r.result_rank AS DOUBLE PRECISION)) AS a "
				+ "FROM recommendation_result r JOIN recommendation_request q ON q.request_id = r.request_id"
				+ where.sql() + " GROUP BY r.program_id) m "
				+ "LEFT JOIN program p ON p.catalog_version = ? AND p.program_id = m.program_id "
				+ "ORDER BY m.c DESC, m.program_id LIMIT ?",
				(rs, n) -> new ProgramDemand(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						Math.round(rs.getDouble(5) * 100) / 100.0),
				args.toArray());
	}

	/**
	 * The first {@code limit} programs, by id, of a catalog version that no request of the window
	 * returned (on any version).
	 */
	public List<ProgramRef> neverRecommended(DemandWindow window, int catalogVersion, int limit) {
		Where where = neverRecommended(window);
		List<Object> args = new ArrayList<>(List.of(where.args()));
		args.add(catalogVersion);
		args.add(limit);
		return jdbc.query("SELECT p.program_id, p.program_name, p.institution FROM program p WHERE "
				+ NEVER_RECOMMENDED.formatted(where.sql()) + " ORDER BY p.program_id LIMIT ?",
				(rs, n) -> new ProgramRef(rs.getString(1), rs.getString(2), rs.getString(3)), args.toArray());
	}

	/** How many programs of a catalog version no request of the window returned. */
	public long neverRecommendedCount(DemandWindow window, int catalogVersion) {
		Where where = neverRecommended(window);
		List<Object> args = new ArrayList<>(List.of(where.args()));
		args.add(catalogVersion);
		Long count = jdbc.queryForObject("SELECT COUNT(*) FROM program p WHERE "
				+ NEVER_RECOMMENDED.formatted(where.sql()), Long.class, args.toArray());
		return count == null ? 0 : count;
	}

	/** {@code %s}: the conditions on the recommendation's request {@code q} and result {@code r}. */
	private static final String NEVER_RECOMMENDED = "NOT EXISTS (SELECT 1 FROM recommendation_result r "
			+ "JOIN recommendation_request q ON q.request_id = r.request_id%s) AND p.catalog_version = ?";

	private static Where neverRecommended(DemandWindow window) {
		return Where.of(window, "q").and("r.program_id = p.program_id");
	}

	/**
	 * Must-have combinations (with their values) of requests that got fewer results than they
	 * asked for, most frequent first.
	 */
	public List<UnmetConstraint> unmetConstraints(DemandWindow window, int top) {
		Where where = Where.of(window, "q").and("q.must_have_key <> ''").and("q.result_count < q.requested_limit");
		List<Object> args = new ArrayList<>(List.of(where.args()));
		args.add(top);
		return jdbc.query("SELECT q.must_have_key, q.must_have_label, COUNT(*) AS c, MIN(q.relevant_matches), "
				+ "MAX(q.relevant_matches) FROM recommendation_request q" + where.sql()
				+ " GROUP BY q.must_have_key, q.must_have_label ORDER BY c DESC, q.must_have_key LIMIT ?",
				(rs, n) -> new UnmetConstraint(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
						rs.getInt(5)),
				args.toArray());
	}

	/** Requests per UTC day, oldest first; days without requests are absent. */
	public List<DailyRequests> requestsByDay(DemandWindow window) {
		Where where = Where.of(window, "q");
		return jdbc.query("SELECT q.requested_day, COUNT(*) FROM recommendation_request q" + where.sql()
				+ " GROUP BY q.requested_day ORDER BY q.requested_day",
				(rs, n) -> new DailyRequests(rs.getDate(1).toLocalDate(), rs.getLong(2)), where.args());
	}

	private List<CountedValue> counted(String select, DemandWindow window, String column, int top,
			Function<String, String> label) {
		Where where = Where.of(window, "q").and(column + " IS NOT NULL");
		List<Object> args = new ArrayList<>(List.of(where.args()));
		args.add(top);
		return jdbc.query(select + where.sql() + " GROUP BY " + column + " ORDER BY c DESC, " + column + " LIMIT ?",
				(rs, n) -> new CountedValue(rs.getString(1), label.apply(rs.getString(1)), rs.getLong(2)),
				args.toArray());
	}

	private static <E extends Enum<E> & CodedValue> String label(Class<E> type, String code) {
		return CodedValue.parse(type, code).map(v -> heading(v.code().replace('_', ' '))).orElse(code);
	}

	/**
	 * A label as a table row reads it, like the taxonomy's topic labels: {@code a career change}
	 * reads {@code Career change}, {@code data scientist} reads {@code Data scientist}.
	 */
	static String heading(String label) {
		String noun = label.startsWith("a ") ? label.substring(2) : label.startsWith("an ") ? label.substring(3) : label;
		return noun.isEmpty() ? noun : Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
	}

	/** A WHERE clause for a window plus fixed conditions, with its arguments. */
	private record Where(List<String> conditions, List<Object> arguments) {

		static Where of(DemandWindow window, String alias) {
			Where where = new Where(new ArrayList<>(), new ArrayList<>());
			if (window.from() != null) {
				where.conditions.add(alias + ".requested_at >= ?");
				where.arguments.add(OffsetDateTime.ofInstant(window.from(), ZoneOffset.UTC));
			}
			if (window.to() != null) {
				where.conditions.add(alias + ".requested_at < ?");
				where.arguments.add(OffsetDateTime.ofInstant(window.to(), ZoneOffset.UTC));
			}
			return where;
		}

		Where and(String condition) {
			conditions.add(condition);
			return this;
		}

		String sql() {
			return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		}

		Object[] args() {
			return arguments.toArray();
		}

	}

}
