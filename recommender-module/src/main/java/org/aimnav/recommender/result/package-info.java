/**
 * What the recommender answers: ranked, explained results
 * ({@link org.aimnav.recommender.result.RecommendationResult}), the relaxations and conflicts of
 * over-constrained profiles, and why a named program is or is not recommended
 * ({@link org.aimnav.recommender.result.WhyNotResult}). Plain records, serialisable as the API
 * writes them.
 */
package org.aimnav.recommender.result;
