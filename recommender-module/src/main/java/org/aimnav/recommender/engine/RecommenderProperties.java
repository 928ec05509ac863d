package org.aimnav.recommender.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the recommender ({@code aimnav.recommender.*}). The defaults work as shipped; see
 * {@code docs/EVALUATION.md} for what they measure.
 *
 * @param weights the weight of each scoring factor; a result's score is the weighted mean of the
 * factors that apply to the profile
 * @param diversity how strongly maximal marginal relevance varies institutions and credentials at
 * the top, 0 (off: pure score order) to 1; a profile may set its own
 * @param minScore the relevance floor: programs scoring below it are never shown just to fill the
 * list
 * @param requireInterestMatch whether a profile that states interests only gets programs that
 * match at least one of them (a topic or a word)
 * @param notStatedScore the neutral-low score of a preference whose catalog value is blank
 * @param freshDays a program verified at most this many days before the catalog version was
 * published scores 1 on freshness
 * @param staleDays verified this long before or earlier, it scores {@code staleScore}; in between
 * the score falls linearly; never verified scores 0
 * @param staleScore the freshness of a row verified long ago
 * @param diversityPool how many candidates per result slot diversity chooses among
 * @param maxRelaxations the most relaxations one answer suggests
 */
@ConfigurationProperties("aimnav.recommender")
public record RecommenderProperties(
		@DefaultValue Weights weights,
		@DefaultValue("0.15") double diversity,
		@DefaultValue("0.3") double minScore,
		@DefaultValue("true") boolean requireInterestMatch,
		@DefaultValue("0.3") double notStatedScore,
		@DefaultValue("365") int freshDays,
		@DefaultValue("1825") int staleDays,
		@DefaultValue("0.2") double staleScore,
		@DefaultValue("4") int diversityPool,
		@DefaultValue("8") int maxRelaxations) {

	public RecommenderProperties {
		requireFraction("diversity", diversity);
		requireFraction("min-score", minScore);
		requireFraction("not-stated-score", notStatedScore);
		requireFraction("stale-score", staleScore);
		if (freshDays < 0 || staleDays <= freshDays) {
			throw new IllegalArgumentException("aimnav.recommender: need 0 <= fresh-days < stale-days");
		}
		if (diversityPool < 1 || maxRelaxations < 0) {
			throw new IllegalArgumentException("aimnav.recommender: diversity-pool >= 1, max-relaxations >= 0");
		}
	}

	/** The defaults, exactly as an application without any {@code aimnav.recommender} setting gets. */
	public static RecommenderProperties defaults() {
		return new Binder().bindOrCreate("aimnav.recommender", RecommenderProperties.class);
	}

	public RecommenderProperties withDiversity(double value) {
		return new RecommenderProperties(weights, value, minScore, requireInterestMatch, notStatedScore, freshDays,
				staleDays, staleScore, diversityPool, maxRelaxations);
	}

	public RecommenderProperties withMinScore(double value) {
		return new RecommenderProperties(weights, diversity, value, requireInterestMatch, notStatedScore, freshDays,
				staleDays, staleScore, diversityPool, maxRelaxations);
	}

	public RecommenderProperties withWeights(Weights value) {
		return new RecommenderProperties(value, diversity, minScore, requireInterestMatch, notStatedScore, freshDays,
				staleDays, staleScore, diversityPool, maxRelaxations);
	}

	private static void requireFraction(String name, double value) {
		if (!(value >= 0 && value <= 1)) {
			throw new IllegalArgumentException("aimnav.recommender." + name + " must be between 0 and 1, not " + value);
		}
	}

	/** The weight of each factor ({@code aimnav.recommender.weights.*}); relative, at least 0. */
	public record Weights(
			@DefaultValue("3") double interests,
			@DefaultValue("1.5") double interestsText,
			@DefaultValue("2") double role,
			@DefaultValue("2") double goals,
			@DefaultValue("1.5") double credential,
			@DefaultValue("1") double deliveryFormat,
			@DefaultValue("0.75") double pace,
			@DefaultValue("1") double budget,
			@DefaultValue("1") double duration,
			@DefaultValue("0.75") double country,
			@DefaultValue("1") double priorDegree,
			@DefaultValue("0.25") double freshness) {

		public Weights {
			for (double w : new double[] { interests, interestsText, role, goals, credential, deliveryFormat, pace,
					budget, duration, country, priorDegree, freshness }) {
				if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
					throw new IllegalArgumentException("aimnav.recommender.weights.* must be finite and >= 0");
				}
			}
		}

		public double of(Factor factor) {
			return switch (factor) {
				case INTERESTS -> interests;
				case INTERESTS_TEXT -> interestsText;
				case ROLE -> role;
				case GOALS -> goals;
				case CREDENTIAL -> credential;
				case DELIVERY_FORMAT -> deliveryFormat;
				case PACE -> pace;
				case BUDGET -> budget;
				case DURATION -> duration;
				case COUNTRY -> country;
				case PRIOR_DEGREE -> priorDegree;
				case FRESHNESS -> freshness;
			};
		}

	}

}
