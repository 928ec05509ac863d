package org.aimnav.recommender.engine;

/**
 * Maximal marginal relevance (Carbonell and Goldstein, 1998): picks results one at a time, each
 * the candidate with the best {@code (1 - d) * score - d * (its greatest similarity to a result
 * already picked)}, so that the top of the list is not one institution or one credential. Two
 * programs are half similar for sharing an institution and half for sharing a credential. With
 * {@code d = 0} the order is the score order.
 */
final class Diversifier {

	private Diversifier() {
	}

	/**
	 * @param candidates program indexes, best score first
	 * @param scores their scores, in the same order
	 * @return up to {@code limit} positions into {@code candidates}, in result order
	 */
	static int[] rerank(CatalogSnapshot s, int[] candidates, double[] scores, int limit, double diversity) {
		int n = candidates.length;
		int picks = Math.min(limit, n);
		int[] order = new int[picks];
		if (diversity <= 0) {
			for (int k = 0; k < picks; k++) {
				order[k] = k;
			}
			return order;
		}
		boolean[] taken = new boolean[n];
		double[] closest = new double[n];
		for (int k = 0; k < picks; k++) {
			int best = -1;
			double bestValue = Double.NEGATIVE_INFINITY;
			for (int c = 0; c < n; c++) {
				if (taken[c]) {
					continue;
				}
				double value = (1 - diversity) * scores[c] - diversity * closest[c];
				// Candidates come best first, so a strict > keeps the better score (then the lower id) on ties.
				if (value > bestValue) {
					bestValue = value;
					best = c;
				}
			}
			taken[best] = true;
			order[k] = best;
			for (int c = 0; c < n; c++) {
				if (!taken[c]) {
					closest[c] = Math.max(closest[c], similarity(s, candidates[best], candidates[c]));
				}
			}
		}
		return order;
	}

	static double similarity(CatalogSnapshot s, int a, int b) {
		return (s.institution[a] == s.institution[b] ? 0.5 : 0) + (s.credential[a] == s.credential[b] ? 0.5 : 0);
	}

}
