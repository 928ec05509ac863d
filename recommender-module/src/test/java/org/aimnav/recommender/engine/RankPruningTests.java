package org.aimnav.recommender.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.PriorDegree;
import org.aimnav.catalog.support.SyntheticPrograms;
import org.aimnav.recommender.profile.Goal;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.MustHave;
import org.aimnav.recommender.support.Catalogs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking loop skips scoring programs that its bounds prove cannot matter; it must give
 * exactly what scoring every program would: the same counts and the same best programs in the same
 * order, for any profile.
 */
class RankPruningTests {

	private static final CatalogSnapshot SYNTHETIC = CatalogSnapshot.build(1, Catalogs.CURATED_DATE,
			SyntheticPrograms.generate(3000, 7, Catalogs.taxonomy()), Catalogs.taxonomy());

	@Test
	void boundedRankingEqualsScoringEveryProgram() {
		SplittableRandom random = new SplittableRandom(11);
		List<String> topics = Catalogs.taxonomy().codes();
		String[] words = { "clinical", "deep learning", "AI tools", "radiology", "patient safety", "leaders",
				"hospital data", "genomics research" };
		for (int round = 0; round < 300; round++) {
			LearnerProfile.Builder profile = LearnerProfile.builder();
			if (random.nextBoolean()) {
				profile.role(pick(random, Audience.values()));
			}
			profile.goals(some(random, Goal.values(), 2));
			List<String> interests = new ArrayList<>();
			for (int k = random.nextInt(5); k > 0; k--) {
				interests.add(topics.get(random.nextInt(topics.size())));
			}
			profile.interests(interests);
			if (random.nextBoolean()) {
				profile.interestsText(words[random.nextInt(words.length)]);
			}
			List<MustHave> mustHave = new ArrayList<>();
			if (random.nextInt(3) == 0) {
				profile.maxBudgetUsd(String.valueOf(random.nextInt(30000)));
				if (random.nextInt(4) == 0) {
					mustHave.add(MustHave.BUDGET);
				}
			}
			if (random.nextInt(3) == 0) {
				profile.maxDurationMonths(String.valueOf(1 + random.nextInt(30)));
			}
			profile.deliveryFormats(some(random, DeliveryFormat.values(), 2));
			profile.paces(some(random, Pace.values(), 2));
			profile.credentials(some(random, Credential.values(), 2));
			if (random.nextBoolean()) {
				profile.country(random.nextBoolean() ? "US" : "GB");
			}
			if (random.nextBoolean()) {
				profile.priorDegree(pick(random, PriorDegree.values()));
			}
			if (!profile.build().credentials().isEmpty() && random.nextInt(4) == 0) {
				mustHave.add(MustHave.CREDENTIAL);
			}
			profile.mustHave(mustHave).limit(1 + random.nextInt(20));
			LearnerProfile built = profile.build();
			Query query = new Query(SYNTHETIC, built, RecommenderProperties.defaults());
			int k = built.limit() * 4;

			TopK best = new TopK(k);
			int[] counts = query.rank(best);

			int matches = 0;
			List<Integer> relevant = new ArrayList<>();
			for (int i = 0; i < SYNTHETIC.size(); i++) {
				if (query.violations(i) == 0) {
					matches++;
					if (query.relevant(i, query.score(i))) {
						relevant.add(i);
					}
				}
			}
			List<Integer> expected = relevant.stream()
				.sorted(Comparator.comparingDouble((Integer i) -> -query.score(i)).thenComparingInt(i -> i))
				.limit(k)
				.toList();
			assertThat(counts).as("counts, round %d", round).containsExactly(matches, relevant.size());
			assertThat(IntStream.of(best.drainBestFirst()).boxed().toList()).as("best, round %d", round)
				.isEqualTo(expected);
		}
	}

	private static <E> E pick(SplittableRandom random, E[] values) {
		return values[random.nextInt(values.length)];
	}

	private static <E> List<E> some(SplittableRandom random, E[] values, int most) {
		List<E> chosen = new ArrayList<>();
		for (int k = random.nextInt(most + 1); k > 0; k--) {
			chosen.add(pick(random, values));
		}
		return chosen;
	}

}
