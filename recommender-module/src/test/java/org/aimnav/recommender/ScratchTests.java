package org.aimnav.recommender;

import org.aimnav.recommender.engine.Recommender;
import org.aimnav.recommender.engine.RecommenderProperties;
import org.aimnav.recommender.profile.Personas;
import org.aimnav.recommender.profile.ProfileValidator;
import org.aimnav.recommender.result.RecommendationResult;
import org.aimnav.recommender.support.Catalogs;
import org.junit.jupiter.api.Test;

class ScratchTests {

	@Test
	void print() {
		Personas personas = Personas.load(getClass().getResourceAsStream("/recommender/personas.json"),
				new ProfileValidator(Catalogs.taxonomy()));
		Recommender recommender = new Recommender(RecommenderProperties.defaults());
		for (var persona : personas.all()) {
			RecommendationResult result = recommender.recommend(Catalogs.curated(), persona.profile());
			System.out.println("=== " + persona.key() + " must=" + result.mustHaveMatches() + " relevant=" + result.relevantMatches());
			for (var r : result.results()) {
				System.out.printf("%2d %.3f %s%n", r.rank(), r.score(), r.programId());
				for (var reason : r.reasons()) {
					System.out.printf("      %-15s w=%.2f v=%.2f c=%.3f %s%n", reason.factor(), reason.weight(), reason.value(), reason.contribution(), reason.text());
				}
			}
			result.relaxations().forEach(x -> System.out.println("  RELAX " + x.constraint() + " +" + x.additionalMatches() + " " + x.suggestion()));
			result.conflicts().forEach(x -> System.out.println("  CONFLICT " + x.text()));
		}
	}

}
