package org.aimnav.recommender.demand;

import java.sql.Date;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes logged requests, a batch per transaction, with JDBC batches per table. */
final class RequestLogRepository {

	private static final String INSERT_REQUEST = "INSERT INTO recommendation_request (request_id, requested_at, "
			+ "requested_day, catalog_version, learner_role, interests_text, max_budget_usd, max_duration_months, "
			+ "delivery_formats, paces, country, prior_degree, credentials, must_have, must_have_key, must_have_label, "
			+ "requested_limit, must_have_matches, relevant_matches, result_count, relaxations) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	RequestLogRepository(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Deletes the requests logged before {@code cutoff}; their goals, interests and results go with them. */
	int deleteBefore(Instant cutoff) {
		return jdbc.update("DELETE FROM recommendation_request WHERE requested_at < ?",
				OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
	}

	void insert(List<LoggedRequest> requests) {
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> goals = new ArrayList<>();
		List<Object[]> interests = new ArrayList<>();
		List<Object[]> results = new ArrayList<>();
		for (LoggedRequest r : requests) {
			rows.add(new Object[] { r.requestId(), OffsetDateTime.ofInstant(r.requestedAt(), ZoneOffset.UTC),
					Date.valueOf(r.requestedDay()), r.catalogVersion(), r.role(), r.interestsText(), r.maxBudgetUsd(),
					r.maxDurationMonths(), r.deliveryFormats(), r.paces(), r.country(), r.priorDegree(),
					r.credentials(), r.mustHave(), r.mustHaveKey(), r.mustHaveLabel(), r.requestedLimit(),
					r.mustHaveMatches(), r.relevantMatches(), r.results().size(), r.relaxations() });
			r.goals().forEach(goal -> goals.add(new Object[] { r.requestId(), goal }));
			r.interests().forEach(topic -> interests.add(new Object[] { r.requestId(), topic }));
			r.results()
				.forEach(result -> results.add(new Object[] { r.requestId(), result.rank(), r.catalogVersion(),
						result.programId(), result.score() }));
		}
		transactions.executeWithoutResult(status -> {
			jdbc.batchUpdate(INSERT_REQUEST, rows);
			if (!goals.isEmpty()) {
				jdbc.batchUpdate("INSERT INTO recommendation_request_goal (request_id, goal) VALUES (?, ?)", goals);
			}
			if (!interests.isEmpty()) {
				jdbc.batchUpdate("INSERT INTO recommendation_request_interest (request_id, topic) VALUES (?, ?)",
						interests);
			}
			if (!results.isEmpty()) {
				jdbc.batchUpdate("INSERT INTO recommendation_result (request_id, result_rank, catalog_version, "
						+ "program_id, score) VALUES (?, ?, ?, ?, ?)", results);
			}
		});
	}

}
