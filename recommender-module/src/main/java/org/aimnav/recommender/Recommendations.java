package org.aimnav.recommender;

import java.time.Clock;
import java.util.OptionalInt;

import org.aimnav.catalog.version.NoCurrentCatalogException;
import org.aimnav.recommender.demand.RecommendationLog;
import org.aimnav.recommender.engine.Recommender;
import org.aimnav.recommender.profile.InvalidProfileException;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.ProfileRequest;
import org.aimnav.recommender.profile.ProfileValidator;
import org.aimnav.recommender.result.ProgramNotFoundException;
import org.aimnav.recommender.result.RecommendationResult;
import org.aimnav.recommender.result.WhyNotResult;

/**
 * Journey 2 as a service: recommendations for a learner profile from the current catalog version,
 * and why a named program is or is not among them. Each call reads one snapshot, so it sees one
 * whole catalog version, named in its answer. Every recommendation is logged for demand
 * analytics, off the request path.
 */
public class Recommendations {

	private final SnapshotHolder snapshots;

	private final Recommender recommender;

	private final ProfileValidator validator;

	private final RecommendationLog log;

	private final Clock clock;

	Recommendations(SnapshotHolder snapshots, Recommender recommender, ProfileValidator validator,
			RecommendationLog log, Clock clock) {
		this.snapshots = snapshots;
		this.recommender = recommender;
		this.validator = validator;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * Recommends programs for a profile a client sent.
	 * @throws InvalidProfileException naming every field that breaks a rule
	 * @throws NoCurrentCatalogException when no catalog version has been published
	 */
	public RecommendationResult recommend(ProfileRequest request) {
		return recommend(validator.parse(request));
	}

	/**
	 * Recommends programs for a profile.
	 * @throws InvalidProfileException naming every field that breaks a rule
	 * @throws NoCurrentCatalogException when no catalog version has been published
	 */
	public RecommendationResult recommend(LearnerProfile profile) {
		RecommendationResult result = recommendUnlogged(profile);
		log.record(result, clock.instant());
		return result;
	}

	/**
	 * Recommends programs for a profile without logging the request: for answers that are not a
	 * learner's own request (a persona's preset, the same list shown again beside an explanation),
	 * which would otherwise count as demand.
	 * @throws InvalidProfileException naming every field that breaks a rule
	 * @throws NoCurrentCatalogException when no catalog version has been published
	 */
	public RecommendationResult recommendUnlogged(ProfileRequest request) {
		return recommendUnlogged(validator.parse(request));
	}

	private RecommendationResult recommendUnlogged(LearnerProfile profile) {
		validator.check(profile);
		return recommender.recommend(snapshots.current(), profile);
	}

	/**
	 * Why a program is, or is not, recommended for a profile. Not logged.
	 * @throws InvalidProfileException naming every field that breaks a rule
	 * @throws ProgramNotFoundException when the current catalog version has no such program
	 * @throws NoCurrentCatalogException when no catalog version has been published
	 */
	public WhyNotResult whyNot(LearnerProfile profile, String programId) {
		validator.check(profile);
		return recommender.whyNot(snapshots.current(), profile, programId);
	}

	/** {@link #whyNot(LearnerProfile, String)} for a profile a client sent. */
	public WhyNotResult whyNot(ProfileRequest request, String programId) {
		return whyNot(validator.parse(request), programId);
	}

	/**
	 * Whether the recommender could not prepare {@code version} (not enough memory, see the log):
	 * it answers from an older version until a later one is prepared, not for a few seconds.
	 */
	public boolean couldNotPrepare(int version) {
		return snapshots.couldNotPrepare(version);
	}

	/** The catalog version recommendations currently come from; empty until one is ready. */
	public OptionalInt catalogVersion() {
		return snapshots.version();
	}

}
