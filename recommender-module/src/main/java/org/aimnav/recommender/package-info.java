/**
 * The recommender module: journey 2 of the product, recommendations for a learner profile. It
 * depends on the catalog module only, and has no web dependency; the web module calls it.
 *
 * <h2>What the web module calls</h2>
 * <ul>
 * <li>{@link org.aimnav.recommender.Recommendations} (a bean):
 * {@code RecommendationResult recommend(ProfileRequest)}, {@code recommend(LearnerProfile)},
 * {@code WhyNotResult whyNot(ProfileRequest, String programId)}, {@code whyNot(LearnerProfile, String)},
 * {@code OptionalInt catalogVersion()}. They throw
 * {@link org.aimnav.recommender.profile.InvalidProfileException} (a 400, with
 * {@code errors(): [FieldError{field, code, message}]}),
 * {@link org.aimnav.recommender.result.ProgramNotFoundException} (a 404, why-not only) and
 * {@link org.aimnav.catalog.version.NoCurrentCatalogException} (no catalog published yet).</li>
 * <li>{@link org.aimnav.recommender.profile.ProfileRequest}: the request body of
 * {@code POST /api/v1/recommendations} as the API names it, every enumerated value a string so
 * that binding never fails; {@link org.aimnav.recommender.profile.ProfileValidator#parse} turns it
 * into a {@link org.aimnav.recommender.profile.LearnerProfile} or reports every problem at once.</li>
 * <li>{@link org.aimnav.recommender.result.RecommendationResult}: {@code {catalogVersion,
 * profileEcho, results: [{rank, programId, programName, institution, score, reasons: [{factor,
 * weight, value, contribution, text, mustHave}]}], relaxations: [{constraint, constraints,
 * suggestion, additionalMatches, change, profile}], conflicts: [{constraints, text}],
 * mustHaveMatches, relevantMatches}}, serialisable as is.</li>
 * <li>{@link org.aimnav.recommender.result.WhyNotResult}: {@code {catalogVersion, programId,
 * programName, institution, status, rank, position, score, exclusions: [{constraint, notStated,
 * text}], reasons, summary}}.</li>
 * <li>{@link org.aimnav.recommender.profile.Personas} (a bean): the four personas of PRODUCT.md as
 * ready-made profiles ({@code all()}, {@code find(key)}), read from
 * {@code recommender/personas.json}.</li>
 * <li>{@link org.aimnav.recommender.demand.DemandAnalytics} (a bean): demand analytics over the
 * request log, {@code summary(DemandWindow, top, catalogVersion)} for
 * {@code GET /api/v1/stats/recommendations} and one method per list.</li>
 * </ul>
 *
 * <h2>How it works</h2>
 * A {@link org.aimnav.recommender.engine.CatalogSnapshot} of the current catalog version is built
 * when the version changes ({@link org.aimnav.catalog.version.CurrentCatalogChanged}) and at start,
 * then swapped in whole. {@link org.aimnav.recommender.engine.Recommender} filters on must-haves,
 * scores on transparent factors, diversifies, explains and relaxes;
 * {@link org.aimnav.recommender.demand.RecommendationLog} logs each request off the request path.
 * {@link org.aimnav.recommender.RecommenderConfiguration} wires it all (and imports the catalog's
 * configuration). Settings: {@code aimnav.recommender.*}
 * ({@link org.aimnav.recommender.engine.RecommenderProperties}) and
 * {@code aimnav.recommender.log.*} ({@link org.aimnav.recommender.demand.RequestLogProperties}).
 */
package org.aimnav.recommender;
