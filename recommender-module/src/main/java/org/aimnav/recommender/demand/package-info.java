/**
 * Demand analytics: the recommendation request log
 * ({@link org.aimnav.recommender.demand.RecommendationLog}, asynchronous, never in the way of a
 * request, no personal identifiers) and the queries over it
 * ({@link org.aimnav.recommender.demand.DemandAnalytics}): top roles, goals and interests, the
 * programs most and never recommended, unmet must-haves, requests per day. Schema:
 * {@code db/migration/V4__recommendation_log.sql}.
 */
package org.aimnav.recommender.demand;
