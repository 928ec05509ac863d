package org.aimnav.web.recommend;

import java.math.BigDecimal;
import java.util.List;

import org.aimnav.catalog.program.Decimals;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.ProfileRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A learner profile as the query string of the recommendation page, so that a result page, a
 * preset and every suggested relaxation is a plain link (bookmarkable, shareable, no JavaScript).
 */
final class ProfileLinks {

	private ProfileLinks() {
	}

	static String page(LearnerProfile profile) {
		return page(ProfileRequest.of(profile));
	}

	static String page(ProfileRequest profile) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/recommend");
		add(uri, "role", profile.role());
		addAll(uri, "goals", profile.goals());
		addAll(uri, "interests", profile.interests());
		add(uri, "interestsText", profile.interestsText());
		add(uri, "maxBudgetUsd", profile.maxBudgetUsd());
		add(uri, "maxDurationMonths", profile.maxDurationMonths());
		addAll(uri, "deliveryFormats", profile.deliveryFormats());
		addAll(uri, "paces", profile.paces());
		add(uri, "country", profile.country());
		add(uri, "priorDegree", profile.priorDegree());
		addAll(uri, "credentials", profile.credentials());
		addAll(uri, "mustHave", profile.mustHave());
		if (profile.limit() != null && profile.limit() != LearnerProfile.DEFAULT_LIMIT) {
			uri.queryParam("limit", profile.limit());
		}
		if (profile.diversity() != null) {
			uri.queryParam("diversity", profile.diversity());
		}
		uri.queryParam("run", "true");
		return uri.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder uri, String name, Object value) {
		if (value instanceof BigDecimal decimal) {
			uri.queryParam(name, Decimals.format(decimal));
		}
		else if (value != null && !value.toString().isBlank()) {
			uri.queryParam(name, value);
		}
	}

	private static void addAll(UriComponentsBuilder uri, String name, List<String> values) {
		if (values != null) {
			values.forEach(value -> uri.queryParam(name, value));
		}
	}

}
