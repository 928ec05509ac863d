package org.aimnav.recommender.result;

import java.util.List;

import org.aimnav.catalog.program.CodedValue;

/**
 * Why a named program is, or is not, among a profile's results.
 *
 * @param catalogVersion the catalog version asked about
 * @param programId the program
 * @param programName its name
 * @param institution who offers it
 * @param status where the program stands
 * @param rank its rank among the results, when it is one of them
 * @param position its place among every program that qualifies (by score), when it qualifies;
 * beyond the limit when status is {@link Status#BEYOND_LIMIT}
 * @param score its score for this profile, whether or not it qualifies
 * @param exclusions the must-haves it does not meet
 * @param reasons how each factor scored it, as a result's reasons would read
 * @param summary the answer in a sentence
 */
public record WhyNotResult(int catalogVersion, String programId, String programName, String institution,
		Status status, Integer rank, Integer position, double score, List<Exclusion> exclusions, List<Reason> reasons,
		String summary) {

	public WhyNotResult {
		exclusions = List.copyOf(exclusions);
		reasons = List.copyOf(reasons);
	}

	/** Where a program stands for a profile; written as its lower-case code ({@code beyond_limit}). */
	public enum Status implements CodedValue {

		/** It is one of the results. */
		RECOMMENDED,

		/** It qualifies, but ranks below the limit. */
		BEYOND_LIMIT,

		/** It meets every must-have but scores below the relevance floor. */
		NOT_RELEVANT,

		/** It fails one or more must-haves. */
		EXCLUDED

	}

}
