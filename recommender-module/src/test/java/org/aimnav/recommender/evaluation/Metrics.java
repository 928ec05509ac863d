package org.aimnav.recommender.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.aimnav.catalog.program.Program;

/**
 * Ranking metrics over graded judgments (0 to 3). A program is relevant for precision and recall
 * when graded 2 or 3. nDCG uses the gain {@code 2^grade - 1} and a {@code log2(rank + 1)} discount,
 * against the ideal order of every judged program.
 */
final class Metrics {

	static final int RELEVANT = 2;

	private Metrics() {
	}

	static double ndcg(List<String> ranked, LabelledProfile labels, int k) {
		double dcg = 0;
		for (int r = 0; r < Math.min(k, ranked.size()); r++) {
			dcg += gain(labels.grade(ranked.get(r))) / log2(r + 2);
		}
		List<Integer> ideal = labels.judgments().values().stream().sorted((a, b) -> b - a).toList();
		double idcg = 0;
		for (int r = 0; r < Math.min(k, ideal.size()); r++) {
			idcg += gain(ideal.get(r)) / log2(r + 2);
		}
		return idcg == 0 ? 0 : dcg / idcg;
	}

	static double precision(List<String> ranked, LabelledProfile labels, int k) {
		long hits = ranked.stream().limit(k).filter(id -> labels.grade(id) >= RELEVANT).count();
		return (double) hits / k;
	}

	static double recall(List<String> ranked, LabelledProfile labels, int k) {
		long relevant = relevantCount(labels);
		long hits = ranked.stream().limit(k).filter(id -> labels.grade(id) >= RELEVANT).count();
		return relevant == 0 ? 0 : (double) hits / relevant;
	}

	static long relevantCount(LabelledProfile labels) {
		return labels.judgments().values().stream().filter(g -> g >= RELEVANT).count();
	}

	/** Mean pairwise dissimilarity of a list: different institution, different credential, different topics. */
	static double intraListDiversity(List<String> ranked, Map<String, Program> programs) {
		if (ranked.size() < 2) {
			return Double.NaN;
		}
		double sum = 0;
		int pairs = 0;
		for (int a = 0; a < ranked.size(); a++) {
			for (int b = a + 1; b < ranked.size(); b++) {
				Program x = programs.get(ranked.get(a));
				Program y = programs.get(ranked.get(b));
				double institution = institution(x).equals(institution(y)) ? 0 : 1;
				double credential = x.credential() == y.credential() ? 0 : 1;
				sum += (institution + credential + (1 - jaccard(x.topics(), y.topics()))) / 3;
				pairs++;
			}
		}
		return sum / pairs;
	}

	private static String institution(Program program) {
		String name = program.institution();
		int parenthesis = name.indexOf('(');
		return (parenthesis > 0 ? name.substring(0, parenthesis) : name).strip().toLowerCase(Locale.ROOT);
	}

	private static double jaccard(List<String> a, List<String> b) {
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		Set<String> common = new HashSet<>(a);
		common.retainAll(b);
		return union.isEmpty() ? 1 : (double) common.size() / union.size();
	}

	private static double gain(int grade) {
		return Math.pow(2, grade) - 1;
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

}
