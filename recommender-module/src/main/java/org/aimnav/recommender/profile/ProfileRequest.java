package org.aimnav.recommender.profile;

import java.math.BigDecimal;
import java.util.List;

import org.aimnav.catalog.program.CodedValue;

/**
 * A learner profile as a client sends it: every enumerated value still a string, so that binding
 * a request never fails on an unknown value and {@link ProfileValidator#parse} can report every
 * problem at once, naming the field and the allowed values. Field names are the API's.
 */
public record ProfileRequest(
		String role,
		List<String> goals,
		List<String> interests,
		String interestsText,
		BigDecimal maxBudgetUsd,
		BigDecimal maxDurationMonths,
		List<String> deliveryFormats,
		List<String> paces,
		String country,
		String priorDegree,
		List<String> credentials,
		List<String> mustHave,
		Integer limit,
		Double diversity) {

	/** The request that {@link ProfileValidator#parse} turns back into this profile. */
	public static ProfileRequest of(LearnerProfile profile) {
		return new ProfileRequest(profile.role() == null ? null : profile.role().code(), codes(profile.goals()),
				profile.interests(), profile.interestsText(), profile.maxBudgetUsd(), profile.maxDurationMonths(),
				codes(profile.deliveryFormats()), codes(profile.paces()), profile.country(),
				profile.priorDegree() == null ? null : profile.priorDegree().code(), codes(profile.credentials()),
				profile.mustHave().stream().map(MustHave::code).toList(), profile.limit(), profile.diversity());
	}

	private static List<String> codes(List<? extends CodedValue> values) {
		return values.stream().map(CodedValue::code).toList();
	}

}
