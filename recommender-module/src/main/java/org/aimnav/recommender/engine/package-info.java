/**
 * The recommender itself, free of Spring and of the database: a catalog version prepared for
 * recommending ({@link org.aimnav.recommender.engine.CatalogSnapshot}), and the knowledge-based
 * {@link org.aimnav.recommender.engine.Recommender} that filters on must-haves, scores on
 * transparent {@link org.aimnav.recommender.engine.Factor}s, diversifies with maximal marginal
 * relevance, explains, relaxes and answers why-not. Its settings are
 * {@link org.aimnav.recommender.engine.RecommenderProperties} ({@code aimnav.recommender.*}).
 * Everything else in the package is an implementation detail and package-private.
 */
package org.aimnav.recommender.engine;
