package org.aimnav.recommender.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A part of the profile that a learner can make a hard constraint. Its code is the profile field's
 * group name as the API writes it ({@code deliveryFormat}), not a snake-case code.
 */
public enum MustHave {

	BUDGET("budget", "maxBudgetUsd", "your budget"),
	DURATION("duration", "maxDurationMonths", "the duration limit"),
	DELIVERY_FORMAT("deliveryFormat", "deliveryFormats", "the format"),
	PACE("pace", "paces", "the pace"),
	COUNTRY("country", "country", "the country"),
	CREDENTIAL("credential", "credentials", "the credential"),
	PRIOR_DEGREE("priorDegree", "priorDegree", "your prior degree");

	private final String code;

	private final String profileField;

	private final String label;

	MustHave(String code, String profileField, String label) {
		this.code = code;
		this.profileField = profileField;
		this.label = label;
	}

	@JsonValue
	public String code() {
		return code;
	}

	/** The profile field that holds this constraint's value. */
	public String profileField() {
		return profileField;
	}

	/** How a sentence names the constraint ("treat the format as a preference"). */
	public String label() {
		return label;
	}

	/** Reads a code leniently: case, {@code _}, {@code -} and spaces do not matter. */
	public static Optional<MustHave> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String key = squash(text);
		return Arrays.stream(values()).filter(m -> squash(m.code).equals(key)).findFirst();
	}

	@JsonCreator
	public static MustHave fromCode(String code) {
		return parse(code).orElseThrow(
				() -> new IllegalArgumentException("'" + code + "' is not one of " + String.join(", ", codes())));
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(MustHave::code).toList();
	}

	private static String squash(String text) {
		return text.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
	}

}
