package org.aimnav.recommender.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.MustHave;

/**
 * A machine-readable change to a profile, for a page that reruns a relaxation: must-haves to turn
 * into preferences, a higher budget or duration, values to add to the accepted formats, paces or
 * credentials. Absent parts are {@code null} or empty.
 */
public record ProfileChange(List<MustHave> dropMustHave, BigDecimal maxBudgetUsd, BigDecimal maxDurationMonths,
		List<DeliveryFormat> addDeliveryFormats, List<Pace> addPaces, List<Credential> addCredentials) {

	public ProfileChange {
		dropMustHave = dropMustHave == null ? List.of() : List.copyOf(dropMustHave);
		addDeliveryFormats = addDeliveryFormats == null ? List.of() : List.copyOf(addDeliveryFormats);
		addPaces = addPaces == null ? List.of() : List.copyOf(addPaces);
		addCredentials = addCredentials == null ? List.of() : List.copyOf(addCredentials);
	}

	public static ProfileChange drop(List<MustHave> constraints) {
		return new ProfileChange(constraints, null, null, null, null, null);
	}

	/** The profile with this change made. */
	public LearnerProfile applyTo(LearnerProfile profile) {
		List<MustHave> mustHave = new ArrayList<>(profile.mustHave());
		mustHave.removeAll(dropMustHave);
		return profile.toBuilder()
			.mustHave(mustHave)
			.maxBudgetUsd(maxBudgetUsd != null ? maxBudgetUsd : profile.maxBudgetUsd())
			.maxDurationMonths(maxDurationMonths != null ? maxDurationMonths : profile.maxDurationMonths())
			.deliveryFormats(union(profile.deliveryFormats(), addDeliveryFormats))
			.paces(union(profile.paces(), addPaces))
			.credentials(union(profile.credentials(), addCredentials))
			.build();
	}

	private static <E> List<E> union(List<E> a, List<E> b) {
		List<E> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
