package org.aimnav.recommender.result;

import java.util.List;

import org.aimnav.recommender.profile.LearnerProfile;

/**
 * The answer to one recommendation request. The same profile on the same catalog version always
 * gives the same result.
 *
 * @param catalogVersion the catalog version the results come from
 * @param profileEcho the profile as understood (normalised)
 * @param results the recommended programs, by rank; never padded with programs below the
 * relevance floor, so there can be fewer than the limit
 * @param relaxations when the must-haves left fewer results than the limit: minimal ways to loosen
 * them, each with how many more programs it admits
 * @param conflicts when the must-haves left no result: minimal sets of must-haves that no program
 * meets together
 * @param mustHaveMatches how many programs meet every must-have
 * @param relevantMatches how many of those are relevant enough to be shown (results are the first
 * {@code limit} of them)
 */
public record RecommendationResult(int catalogVersion, LearnerProfile profileEcho, List<RecommendedProgram> results,
		List<Relaxation> relaxations, List<Conflict> conflicts, int mustHaveMatches, int relevantMatches) {

	public RecommendationResult {
		results = List.copyOf(results);
		relaxations = List.copyOf(relaxations);
		conflicts = List.copyOf(conflicts);
	}

}
