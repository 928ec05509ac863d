package org.aimnav.recommender.engine;

/**
 * Maximal marginal relevance (Carbonell and Goldstein, 1998): results are picked one at a time,
 * each the candidate with the best {@code (1 - d) * score - d * s}, where {@code s} is its greatest
 * similarity to a result already picked (half for sharing an institution, half for sharing a
 * credential), so that the top of the list is not one institution or one credential. When the
 * learner requires one credential, every result shares it and only the institution counts.
 *
 * <p>
 * The score a result shows is the same quantity divided by {@code 1 - d}, that is
 * {@code score - s * d / (1 - d)}, floored at 0: it orders candidates exactly as MMR does, never
 * exceeds the relevance, and since a candidate's {@code s} only grows as results are picked, the
 * picked scores never increase: the list is sorted by the score it shows. With {@code d = 0} the
 * order is the score order.
 */
final class Diversifier {

	private Diversifier() {
	}

	/**
	 * The picks, in result order: {@code order[k]} is a position into the candidates,
	 * {@code scores[k]} its discounted score, {@code similarTo[k]} the earlier pick (a position in
	 * {@code order}) it is most similar to, or -1 when it was not discounted.
	 */
	record Picks(int[] order, double[] scores, int[] similarTo) {
	}

	/**
	 * @param candidates program indexes, best score first
	 * @param scores their scores, in the same order
	 * @param credentialCounts whether sharing a credential makes two results alike
	 */
	static Picks rerank(CatalogSnapshot s, int[] candidates, double[] scores, int limit, double diversity,
			boolean credentialCounts) {
		// d = 1 (similarity alone) would divide by zero; 0.99 keeps the order and the bound.
		double penalty = diversity <= 0 ? 0 : Math.min(diversity, 0.99) / (1 - Math.min(diversity, 0.99));
		int n = candidates.length;
		int picks = Math.min(limit, n);
		int[] order = new int[picks];
		double[] picked = new double[picks];
		int[] similarTo = new int[picks];
		boolean[] taken = new boolean[n];
		double[] closest = new double[n];
		int[] closestPick = new int[n];
		java.util.Arrays.fill(closestPick, -1);
		for (int k = 0; k < picks; k++) {
			int best = -1;
			double bestValue = Double.NEGATIVE_INFINITY;
			for (int c = 0; c < n; c++) {
				if (taken[c]) {
					continue;
				}
				double value = Math.max(0, scores[c] - penalty * closest[c]);
				// Candidates come best first, so a strict > keeps the better score (then the lower id) on ties.
				if (value > bestValue) {
					bestValue = value;
					best = c;
				}
			}
			taken[best] = true;
			order[k] = best;
			picked[k] = bestValue;
			similarTo[k] = closest[best] > 0 && diversity > 0 ? closestPick[best] : -1;
			if (diversity > 0) {
				for (int c = 0; c < n; c++) {
					double similarity = taken[c] ? 0
							: similarity(s, candidates[best], candidates[c], credentialCounts);
					if (similarity > closest[c]) {
						closest[c] = similarity;
						closestPick[c] = k;
					}
				}
			}
		}
		return new Picks(order, picked, similarTo);
	}

	static double similarity(CatalogSnapshot s, int a, int b) {
		return similarity(s, a, b, true);
	}

	static double similarity(CatalogSnapshot s, int a, int b, boolean credentialCounts) {
		return (s.institution[a] == s.institution[b] ? 0.5 : 0)
				+ (credentialCounts && s.credential[a] == s.credential[b] ? 0.5 : 0);
	}

}
