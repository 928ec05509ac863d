package org.aimnav.recommender.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aimnav.catalog.program.Program;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.result.Conflict;
import org.aimnav.recommender.result.ProgramNotFoundException;
import org.aimnav.recommender.result.RecommendationResult;
import org.aimnav.recommender.result.Reason;
import org.aimnav.recommender.result.RecommendedProgram;
import org.aimnav.recommender.result.Relaxation;
import org.aimnav.recommender.result.WhyNotResult;

/**
 * The knowledge-based recommender (Burke; Felfernig's constraint-based recommenders): must-haves
 * filter, the rest of the profile scores on transparent factors (see {@link Factor}), maximal
 * marginal relevance keeps the top diverse, every result is explained factor by factor, and an
 * over-constrained profile gets minimal relaxations. A pure function of a snapshot and a profile:
 * thread-safe, and the same inputs always give the same answer (ties go to the lower program id).
 *
 * <p>One request is one pass over the snapshot's primitive arrays that keeps a bounded heap of the
 * best candidates; only the few results shown are explained. The profile is trusted to be valid
 * ({@link org.aimnav.recommender.profile.ProfileValidator}).
 */
public final class Recommender {

	private final RecommenderProperties settings;

	public Recommender(RecommenderProperties settings) {
		this.settings = settings;
	}

	public RecommenderProperties settings() {
		return settings;
	}

	public RecommendationResult recommend(CatalogSnapshot snapshot, LearnerProfile profile) {
		Query query = new Query(snapshot, profile, settings);
		Ranking ranking = rank(query);
		Explainer explainer = new Explainer(query);
		List<RecommendedProgram> results = new ArrayList<>(ranking.results.length);
		for (int r = 0; r < ranking.results.length; r++) {
			int i = ranking.results[r];
			Program program = snapshot.programs[i];
			results.add(new RecommendedProgram(r + 1, program.programId(), program.programName(),
					program.institution(), Explainer.round(ranking.scores[r]), reasons(query, explainer, ranking, r)));
		}
		List<Relaxation> relaxations = List.of();
		List<Conflict> conflicts = List.of();
		if (query.mustHave != 0 && ranking.relevant < profile.limit()) {
			Relaxer.Outcome outcome = Relaxer.relax(query);
			relaxations = outcome.relaxations();
			conflicts = outcome.conflicts();
		}
		return new RecommendationResult(snapshot.version, profile, results, relaxations, conflicts,
				ranking.mustHaveMatches, ranking.relevant);
	}

	/**
	 * Why a program is, or is not, among the profile's results: the must-haves it fails, how every
	 * factor scored it, and its rank or place.
	 * @throws ProgramNotFoundException when the snapshot has no such program
	 */
	public WhyNotResult whyNot(CatalogSnapshot snapshot, LearnerProfile profile, String programId) {
		int i = snapshot.indexOf(programId);
		if (i < 0) {
			throw new ProgramNotFoundException(programId, snapshot.version);
		}
		Query query = new Query(snapshot, profile, settings);
		Explainer explainer = new Explainer(query);
		Program program = snapshot.programs[i];
		double score = query.score(i);
		var exclusions = explainer.exclusions(i);
		List<Reason> reasons = explainer.reasons(i);
		WhyNotResult.Status status;
		Integer rank = null;
		Integer position = null;
		String summary;
		if (!exclusions.isEmpty()) {
			status = WhyNotResult.Status.EXCLUDED;
			summary = (exclusions.size() == 1 ? "Excluded by a must-have: " : "Excluded by " + exclusions.size()
					+ " must-haves: ")
					+ String.join("; ", exclusions.stream().map(e -> e.text()).toList());
		}
		else if (query.contentGate && !query.touchesInterests(i)) {
			status = WhyNotResult.Status.NOT_RELEVANT;
			summary = "It matches none of your interests or words, and results must match at least one";
		}
		else if (score < settings.minScore()) {
			status = WhyNotResult.Status.NOT_RELEVANT;
			summary = String.format(Locale.ROOT,
					"It scores %.2f, below the relevance floor of %.2f that every result must reach", score,
					settings.minScore());
		}
		else {
			position = 1;
			for (int j = 0; j < snapshot.size; j++) {
				if (j != i && query.violations(j) == 0) {
					double other = query.score(j);
					if (query.relevant(j, other) && TopK.better(j, other, i, score)) {
						position++;
					}
				}
			}
			Ranking ranking = rank(query);
			for (int r = 0; r < ranking.results.length; r++) {
				if (ranking.results[r] == i) {
					rank = r + 1;
				}
			}
			if (rank != null) {
				// Exactly what the recommendation shows: the discounted score and its reason.
				score = ranking.scores[rank - 1];
				reasons = reasons(query, explainer, ranking, rank - 1);
				status = WhyNotResult.Status.RECOMMENDED;
				summary = "Recommended at rank " + rank + " of " + ranking.results.length;
			}
			else {
				status = WhyNotResult.Status.BEYOND_LIMIT;
				summary = "It qualifies, but " + (position - 1) + " programs score higher and you asked for "
						+ profile.limit();
			}
		}
		return new WhyNotResult(snapshot.version, program.programId(), program.programName(), program.institution(),
				status, rank, position, Explainer.round(score), exclusions, reasons, summary);
	}

	/** The reasons of the result at rank {@code r + 1}, with the diversity discount when it had one. */
	private static List<Reason> reasons(Query query, Explainer explainer, Ranking ranking, int r) {
		int i = ranking.results[r];
		List<Reason> reasons = new ArrayList<>(explainer.reasons(i));
		double relevance = query.score(i);
		if (ranking.similarTo[r] >= 0 && ranking.scores[r] < relevance) {
			reasons.add(explainer.diversity(i, ranking.results[ranking.similarTo[r]], ranking.similarTo[r] + 1,
					query.diversity, relevance, ranking.scores[r]));
		}
		return reasons;
	}

	/** The hot path: filter, score, keep the best in a bounded heap, then diversify. */
	private Ranking rank(Query query) {
		int limit = query.profile.limit();
		if (limit < 1 || limit > LearnerProfile.MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be between 1 and " + LearnerProfile.MAX_LIMIT);
		}
		boolean diverse = query.diversity > 0;
		TopK best = new TopK(diverse ? limit * settings.diversityPool() : limit);
		int[] counts = query.rank(best);
		int[] candidates = best.drainBestFirst();
		double[] scores = new double[candidates.length];
		for (int c = 0; c < candidates.length; c++) {
			scores[c] = query.score(candidates[c]);
		}
		Diversifier.Picks picks = Diversifier.rerank(query.s, candidates, scores, limit, query.diversity,
				!query.credentialPinned);
		int[] results = new int[picks.order().length];
		for (int r = 0; r < results.length; r++) {
			results[r] = candidates[picks.order()[r]];
		}
		return new Ranking(results, picks.scores(), picks.similarTo(), counts[0], counts[1]);
	}

	/**
	 * @param scores the score each result shows: its relevance, discounted for diversity
	 * @param similarTo for each result, the earlier result whose likeness discounted it, or -1
	 */
	private record Ranking(int[] results, double[] scores, int[] similarTo, int mustHaveMatches, int relevant) {
	}

}
