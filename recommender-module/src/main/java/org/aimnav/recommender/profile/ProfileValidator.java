package org.aimnav.recommender.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.CodedValue;
import org.aimnav.catalog.program.CountryCodes;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.PriorDegree;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.taxonomy.Topic;
import org.aimnav.catalog.text.Texts;

/**
 * The rules of a learner profile. {@link #parse} reads what a client sent and reports every
 * problem at once as {@link FieldError}s (the web answers them as a 400); {@link #validate} checks
 * a profile built in code (presets, relaxed profiles, tests) against the same rules.
 *
 * <p>Enumerated values are read the way the catalog CSV format reads them ({@code Full-time} is
 * {@code full_time}); interests accept a topic's code, label or synonym ({@code radiology} is
 * {@code medical_imaging}).
 */
public final class ProfileValidator {

	/** The longest free text accepted; longer text is an error, not silently cut. */
	public static final int MAX_TEXT_LENGTH = 1000;

	/** The most a request may vary its list: a result as alike as can be then loses up to 0.43 of its fit. */
	public static final double MAX_DIVERSITY = 0.3;

	static final BigDecimal MAX_BUDGET_USD = new BigDecimal("1000000");

	static final BigDecimal MAX_DURATION_MONTHS = new BigDecimal("120");

	private final Taxonomy taxonomy;

	public ProfileValidator(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	/** The profile a client described, or {@link InvalidProfileException} with every problem. */
	public LearnerProfile parse(ProfileRequest request) {
		List<FieldError> errors = new ArrayList<>();
		Audience role = one(Audience.class, "role", request.role(), errors);
		List<Goal> goals = many(Goal.class, "goals", request.goals(), errors);
		List<String> interests = new ArrayList<>();
		List<String> requested = request.interests() == null ? List.of() : request.interests();
		for (int i = 0; i < requested.size(); i++) {
			String value = requested.get(i);
			Optional<Topic> topic = taxonomy.find(value).or(() -> taxonomy.findBySynonym(value));
			if (topic.isPresent()) {
				interests.add(topic.get().code());
			}
			else {
				errors.add(unknownTopic("interests[" + i + "]", value));
			}
		}
		List<DeliveryFormat> formats = many(DeliveryFormat.class, "deliveryFormats", request.deliveryFormats(), errors);
		List<Pace> paces = many(Pace.class, "paces", request.paces(), errors);
		PriorDegree priorDegree = one(PriorDegree.class, "priorDegree", request.priorDegree(), errors);
		List<Credential> credentials = many(Credential.class, "credentials", request.credentials(), errors);
		List<MustHave> mustHave = new ArrayList<>();
		List<String> constraints = request.mustHave() == null ? List.of() : request.mustHave();
		for (int i = 0; i < constraints.size(); i++) {
			String value = constraints.get(i);
			Optional<MustHave> parsed = MustHave.parse(value);
			if (parsed.isPresent()) {
				mustHave.add(parsed.get());
			}
			else {
				errors.add(new FieldError("mustHave[" + i + "]", "ENUM",
						notOneOf(value, MustHave.codes())));
			}
		}
		int limit = request.limit() == null ? LearnerProfile.DEFAULT_LIMIT : request.limit();
		LearnerProfile profile = new LearnerProfile(role, goals, interests, request.interestsText(),
				request.maxBudgetUsd(), request.maxDurationMonths(), formats, paces, request.country(), priorDegree,
				credentials, mustHave, limit, request.diversity());
		for (FieldError error : validate(profile)) {
			// A field that could not be read is reported once, not again as missing.
			boolean reported = errors.stream()
				.anyMatch(e -> e.field().equals(error.field()) || e.field().startsWith(error.field() + "["));
			if (!reported) {
				errors.add(error);
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidProfileException(errors);
		}
		return profile;
	}

	/** Every rule a profile breaks; empty when it is valid. */
	public List<FieldError> validate(LearnerProfile profile) {
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < profile.interests().size(); i++) {
			String code = profile.interests().get(i);
			if (!taxonomy.contains(code)) {
				errors.add(unknownTopic("interests[" + i + "]", code));
			}
		}
		if (profile.interestsText() != null && profile.interestsText().length() > MAX_TEXT_LENGTH) {
			errors.add(new FieldError("interestsText", "LENGTH",
					"At most " + MAX_TEXT_LENGTH + " characters, not " + profile.interestsText().length()));
		}
		BigDecimal budget = profile.maxBudgetUsd();
		if (budget != null && (budget.signum() < 0 || budget.compareTo(MAX_BUDGET_USD) > 0)) {
			errors.add(new FieldError("maxBudgetUsd", "RANGE",
					"Must be between 0 and 1000000 US dollars, not " + shorten(budget.toPlainString())));
		}
		BigDecimal months = profile.maxDurationMonths();
		if (months != null && (months.signum() <= 0 || months.compareTo(MAX_DURATION_MONTHS) > 0)) {
			errors.add(new FieldError("maxDurationMonths", "RANGE",
					"Must be greater than 0 and at most 120 months, not " + shorten(months.toPlainString())));
		}
		if (profile.country() != null && !CountryCodes.isCode(profile.country())) {
			errors.add(new FieldError("country", "ENUM", "'" + shorten(profile.country())
					+ "' is not an ISO 3166-1 alpha-2 country code such as US or GB" + CountryCodes.hint(profile.country())));
		}
		for (MustHave constraint : profile.mustHave()) {
			if (!profile.states(constraint)) {
				errors.add(new FieldError(constraint.profileField(), "REQUIRED",
						"Needed because " + constraint.code() + " is a must-have"));
			}
		}
		if (profile.limit() < 1 || profile.limit() > LearnerProfile.MAX_LIMIT) {
			errors.add(new FieldError("limit", "RANGE",
					"Must be between 1 and " + LearnerProfile.MAX_LIMIT + ", not " + profile.limit()));
		}
		Double diversity = profile.diversity();
		if (diversity != null && !(diversity >= 0 && diversity <= MAX_DIVERSITY)) {
			// Beyond, varying the list outweighs relevance: a perfect match like the one above it
			// would show a fit of 0 %.
			errors.add(new FieldError("diversity", "RANGE",
					"Must be between 0 (off) and " + MAX_DIVERSITY + " (strongly varied), not " + diversity));
		}
		return errors;
	}

	/** Throws {@link InvalidProfileException} when the profile breaks a rule. */
	public LearnerProfile check(LearnerProfile profile) {
		List<FieldError> errors = validate(profile);
		if (!errors.isEmpty()) {
			throw new InvalidProfileException(errors);
		}
		return profile;
	}

	private FieldError unknownTopic(String field, String value) {
		return new FieldError(field, "UNKNOWN_TOPIC", notOneOf(value, taxonomy.codes()));
	}

	private static <E extends Enum<E> & CodedValue> E one(Class<E> type, String field, String value,
			List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return read(type, field, value, errors);
	}

	private static <E extends Enum<E> & CodedValue> List<E> many(Class<E> type, String field, List<String> values,
			List<FieldError> errors) {
		if (values == null) {
			return List.of();
		}
		List<E> parsed = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			E value = read(type, field + "[" + i + "]", values.get(i), errors);
			if (value != null) {
				parsed.add(value);
			}
		}
		return parsed;
	}

	private static <E extends Enum<E> & CodedValue> E read(Class<E> type, String field, String value,
			List<FieldError> errors) {
		Optional<E> parsed = CodedValue.parse(type, value);
		if (parsed.isEmpty()) {
			errors.add(new FieldError(field, "ENUM", notOneOf(value, CodedValue.codes(type))));
		}
		return parsed.orElse(null);
	}

	private static String notOneOf(String value, List<String> allowed) {
		String known = String.join(", ", allowed);
		return value == null || value.isBlank() ? "A value is missing; use one of: " + known
				: "'" + shorten(value) + "' is not one of: " + known;
	}

	/** A value echoed in a message: enough to recognise it, never a screenful (as the import and the search quote). */
	private static String shorten(String value) {
		return Texts.shorten(value, 60);
	}

}
