package org.aimnav.recommender.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.CodedValue;
import org.aimnav.catalog.program.CountryCodes;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.Decimals;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.PriorDegree;
import org.aimnav.catalog.text.Blanks;

/**
 * What a learner states about themselves, as in the API's {@code LearnerProfile}. Absent values
 * are {@code null} (single values) or empty (lists); the must-haves name which stated values are
 * hard constraints, everything else stated is a preference.
 *
 * <p>The record is canonical so that equal profiles are equal objects (the recommender promises
 * the same answer for the same profile): enumerated lists are distinct and in declaration order,
 * topic codes are normalised and distinct in the order given, blank text is {@code null}, the
 * country is upper case and decimals carry no trailing zeros. Whether the values are allowed is
 * {@link ProfileValidator}'s business, not the constructor's.
 *
 * @param role the learner's role, one of the catalog's audiences
 * @param goals what the learner wants from a program
 * @param interests taxonomy topic codes
 * @param interestsText free text, matched against program names and descriptions
 * @param maxBudgetUsd the most the learner would pay for the whole program
 * @param maxDurationMonths the longest program the learner would take
 * @param deliveryFormats acceptable delivery formats
 * @param paces acceptable paces
 * @param country the learner's country (ISO 3166-1 alpha-2); online programs are open from anywhere
 * @param priorDegree the highest degree the learner holds
 * @param credentials acceptable credentials
 * @param mustHave which of the stated values are hard constraints
 * @param limit how many results to return, 1 to {@value #MAX_LIMIT}
 * @param diversity how strongly to vary institutions and credentials at the top, 0 (off) to 0.3;
 * {@code null} for the configured default
 */
public record LearnerProfile(
		Audience role,
		List<Goal> goals,
		List<String> interests,
		String interestsText,
		BigDecimal maxBudgetUsd,
		BigDecimal maxDurationMonths,
		List<DeliveryFormat> deliveryFormats,
		List<Pace> paces,
		String country,
		PriorDegree priorDegree,
		List<Credential> credentials,
		List<MustHave> mustHave,
		int limit,
		Double diversity) {

	public static final int DEFAULT_LIMIT = 10;

	public static final int MAX_LIMIT = 50;

	public LearnerProfile {
		goals = canonical(goals);
		interests = interests == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(
						interests.stream().filter(Objects::nonNull).map(CodedValue::normalize).toList()));
		interestsText = interestsText == null || interestsText.isBlank() ? null : interestsText.strip();
		maxBudgetUsd = Decimals.clean(maxBudgetUsd);
		maxDurationMonths = Decimals.clean(maxDurationMonths);
		deliveryFormats = canonical(deliveryFormats);
		paces = canonical(paces);
		country = country == null || Blanks.isBlank(country) ? null
				: Objects.requireNonNullElse(CountryCodes.code(country), Blanks.strip(country));
		credentials = canonical(credentials);
		mustHave = canonical(mustHave);
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		return new Builder().role(role)
			.goals(goals)
			.interests(interests)
			.interestsText(interestsText)
			.maxBudgetUsd(maxBudgetUsd)
			.maxDurationMonths(maxDurationMonths)
			.deliveryFormats(deliveryFormats)
			.paces(paces)
			.country(country)
			.priorDegree(priorDegree)
			.credentials(credentials)
			.mustHave(mustHave)
			.limit(limit)
			.diversity(diversity);
	}

	/** Whether a stated value is a hard constraint. */
	public boolean requires(MustHave constraint) {
		return mustHave.contains(constraint);
	}

	/** Whether the profile states a value for this constraint at all (hard or soft). */
	public boolean states(MustHave constraint) {
		return switch (constraint) {
			case BUDGET -> maxBudgetUsd != null;
			case DURATION -> maxDurationMonths != null;
			case DELIVERY_FORMAT -> !deliveryFormats.isEmpty();
			case PACE -> !paces.isEmpty();
			case COUNTRY -> country != null;
			case CREDENTIAL -> !credentials.isEmpty();
			case PRIOR_DEGREE -> priorDegree != null;
		};
	}

	private static <E extends Enum<E>> List<E> canonical(Collection<E> values) {
		if (values == null || values.isEmpty()) {
			return List.of();
		}
		List<E> sorted = new ArrayList<>(new LinkedHashSet<>(values));
		sorted.removeIf(Objects::isNull);
		sorted.sort(null);
		return List.copyOf(sorted);
	}

	/** Builds a profile; starts empty with the default limit. */
	public static final class Builder {

		private Audience role;

		private List<Goal> goals = List.of();

		private List<String> interests = List.of();

		private String interestsText;

		private BigDecimal maxBudgetUsd;

		private BigDecimal maxDurationMonths;

		private List<DeliveryFormat> deliveryFormats = List.of();

		private List<Pace> paces = List.of();

		private String country;

		private PriorDegree priorDegree;

		private List<Credential> credentials = List.of();

		private List<MustHave> mustHave = List.of();

		private int limit = DEFAULT_LIMIT;

		private Double diversity;

		private Builder() {
		}

		public Builder role(Audience value) {
			this.role = value;
			return this;
		}

		public Builder goals(Collection<Goal> values) {
			this.goals = List.copyOf(values);
			return this;
		}

		public Builder goals(Goal... values) {
			return goals(List.of(values));
		}

		public Builder interests(Collection<String> values) {
			this.interests = List.copyOf(values);
			return this;
		}

		public Builder interests(String... values) {
			return interests(List.of(values));
		}

		public Builder interestsText(String value) {
			this.interestsText = value;
			return this;
		}

		public Builder maxBudgetUsd(BigDecimal value) {
			this.maxBudgetUsd = value;
			return this;
		}

		public Builder maxBudgetUsd(String value) {
			return maxBudgetUsd(value == null ? null : new BigDecimal(value));
		}

		public Builder maxDurationMonths(BigDecimal value) {
			this.maxDurationMonths = value;
			return this;
		}

		public Builder maxDurationMonths(String value) {
			return maxDurationMonths(value == null ? null : new BigDecimal(value));
		}

		public Builder deliveryFormats(Collection<DeliveryFormat> values) {
			this.deliveryFormats = List.copyOf(values);
			return this;
		}

		public Builder deliveryFormats(DeliveryFormat... values) {
			return deliveryFormats(List.of(values));
		}

		public Builder paces(Collection<Pace> values) {
			this.paces = List.copyOf(values);
			return this;
		}

		public Builder paces(Pace... values) {
			return paces(List.of(values));
		}

		public Builder country(String value) {
			this.country = value;
			return this;
		}

		public Builder priorDegree(PriorDegree value) {
			this.priorDegree = value;
			return this;
		}

		public Builder credentials(Collection<Credential> values) {
			this.credentials = List.copyOf(values);
			return this;
		}

		public Builder credentials(Credential... values) {
			return credentials(List.of(values));
		}

		public Builder mustHave(Collection<MustHave> values) {
			this.mustHave = List.copyOf(values);
			return this;
		}

		public Builder mustHave(MustHave... values) {
			return mustHave(List.of(values));
		}

		public Builder limit(int value) {
			this.limit = value;
			return this;
		}

		public Builder diversity(Double value) {
			this.diversity = value;
			return this;
		}

		public LearnerProfile build() {
			return new LearnerProfile(role, goals, interests, interestsText, maxBudgetUsd, maxDurationMonths,
					deliveryFormats, paces, country, priorDegree, credentials, mustHave, limit, diversity);
		}

	}

}
