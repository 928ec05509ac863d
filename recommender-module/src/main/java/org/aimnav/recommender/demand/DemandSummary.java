package org.aimnav.recommender.demand;

import java.time.LocalDate;
import java.util.List;

/**
 * Demand analytics over logged recommendation requests, as the API's
 * {@code /stats/recommendations} serves them.
 *
 * @param catalogVersion the catalog version the programs are named from, and {@code neverRecommended} lists
 * @param requestCount requests in the window
 * @param topInterests interest topics most asked for
 * @param topRoles roles most stated
 * @param topGoals goals most stated
 * @param mostRecommended programs most often among the results of the requests
 * @param neverRecommended programs of the catalog version that none of the requests returned, the
 * first {@link DemandAnalytics#NEVER_RECOMMENDED_LISTED} by id
 * @param neverRecommendedCount how many programs of the catalog version none of the requests returned
 * @param unmetConstraints must-have combinations that most often left fewer results than asked
 * @param requestsByDay requests per UTC day
 */
public record DemandSummary(
		int catalogVersion,
		long requestCount,
		List<CountedValue> topInterests,
		List<CountedValue> topRoles,
		List<CountedValue> topGoals,
		List<ProgramDemand> mostRecommended,
		List<ProgramRef> neverRecommended,
		long neverRecommendedCount,
		List<UnmetConstraint> unmetConstraints,
		List<DailyRequests> requestsByDay) {

	/** A value (a topic, role or goal code), its label for people, and how many requests named it. */
	public record CountedValue(String value, String label, long count) {
	}

	/**
	 * A program, how many times it was recommended and its average rank; its name and institution
	 * as the summary's catalog version has them, both {@code null} when that version does not have
	 * the program any more.
	 */
	public record ProgramDemand(String programId, String programName, String institution, long recommendations,
			double averageRank) {

		public boolean inCatalog() {
			return programName != null;
		}

	}

	/** A program by id, name and institution. */
	public record ProgramRef(String programId, String programName, String institution) {
	}

	/**
	 * A must-have combination that left learners short: "online PhD: asked 14 times, 0 programs".
	 *
	 * @param constraint the must-haves with their values, canonical ({@code credential=phd;deliveryFormat=online})
	 * @param label as a person reads it ({@code PhD, online})
	 * @param requests how many requests had exactly these must-haves and got fewer results than asked
	 * @param fewestResults the fewest results one of them got
	 * @param mostResults the most results one of them got
	 */
	public record UnmetConstraint(String constraint, String label, long requests, int fewestResults,
			int mostResults) {
	}

	/** Requests on one UTC day. */
	public record DailyRequests(LocalDate day, long requests) {
	}

}
