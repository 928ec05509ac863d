package org.aimnav.recommender.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopKTests {

	@Test
	void keepsTheBestByScoreThenByLowerIndexAsAFullSortWould() {
		Random random = new Random(42);
		for (int round = 0; round < 200; round++) {
			int n = random.nextInt(60);
			int k = 1 + random.nextInt(15);
			// Few distinct scores, so that ties are common.
			double[] scores = IntStream.range(0, n).mapToDouble(i -> random.nextInt(5) / 4.0).toArray();
			TopK top = new TopK(k);
			for (int i = 0; i < n; i++) {
				top.offer(i, scores[i]);
			}

			List<Integer> expected = IntStream.range(0, n)
				.boxed()
				.sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i))
				.limit(k)
				.toList();
			assertThat(IntStream.of(top.drainBestFirst()).boxed().toList()).isEqualTo(expected);
		}
	}

}
