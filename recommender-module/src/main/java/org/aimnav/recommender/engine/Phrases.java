package org.aimnav.recommender.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.PriorDegree;

/**
 * The words the explanations are made of: catalog values as a person reads them. Public for the
 * few that the demand analytics' labels share.
 */
public final class Phrases {

	private static final double DAYS_PER_MONTH = 30.44;

	private Phrases() {
	}

	static String money(double usd) {
		if (usd == Math.rint(usd)) {
			return String.format(Locale.US, "USD %,.0f", usd);
		}
		return String.format(Locale.US, "USD %,.2f", usd);
	}

	static String money(BigDecimal usd) {
		return money(usd.doubleValue());
	}

	/** {@code 6 months}, {@code 1 month}, {@code 1.5 months}; under a month in days or weeks. */
	public static String months(double months) {
		if (months < 1) {
			long days = Math.max(1, Math.round(months * DAYS_PER_MONTH));
			if (days < 14) {
				return "about " + days + (days == 1 ? " day" : " days");
			}
			return "about " + Math.round(days / 7.0) + " weeks";
		}
		if (months == Math.rint(months)) {
			long whole = (long) months;
			return whole + (whole == 1 ? " month" : " months");
		}
		// As precise as the value: a suggestion to allow 2.04 months must not read "2.0 months".
		return BigDecimal.valueOf(months).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
				+ " months";
	}

	static String credential(Credential credential) {
		return switch (credential) {
			case PHD -> "PhD";
			case MASTERS -> "master's degree";
			case GRADUATE_CERTIFICATE -> "graduate certificate";
			case PROFESSIONAL_CERTIFICATE -> "professional certificate";
			case SHORT_COURSE -> "short course";
			case EXECUTIVE_EDUCATION -> "executive program";
		};
	}

	static String aCredential(Credential credential) {
		return (credential == Credential.EXECUTIVE_EDUCATION ? "an " : "a ") + credential(credential);
	}

	static String credentials(Credential credential) {
		return credential == Credential.PHD ? "PhDs" : credential(credential) + "s";
	}

	static String format(DeliveryFormat format) {
		return switch (format) {
			case ONLINE -> "online";
			case IN_PERSON -> "in person";
			case HYBRID -> "hybrid";
		};
	}

	/** Before a noun: {@code in-person programs}. */
	static String formatAdjective(DeliveryFormat format) {
		return format == DeliveryFormat.IN_PERSON ? "in-person" : format(format);
	}

	static String pace(Pace pace) {
		return switch (pace) {
			case FULL_TIME -> "full-time";
			case PART_TIME -> "part-time";
			case SELF_PACED -> "self-paced";
		};
	}

	static String audiences(Audience audience) {
		return switch (audience) {
			case CLINICIAN -> "clinicians";
			case RESEARCHER -> "researchers";
			case ENGINEER -> "engineers";
			case DATA_SCIENTIST -> "data scientists";
			case EXECUTIVE -> "executives";
			case ADMINISTRATOR -> "administrators";
			case STUDENT -> "students";
		};
	}

	static String anAudience(Audience audience) {
		String plural = audiences(audience);
		String singular = plural.substring(0, plural.length() - 1);
		return (singular.matches("^[aeiou].*") ? "an " : "a ") + singular;
	}

	public static String degree(PriorDegree degree) {
		return switch (degree) {
			case NONE -> "no prior degree";
			case BACHELORS -> "a bachelor's degree";
			case MASTERS -> "a master's degree";
			case CLINICAL_DEGREE -> "a clinical degree";
			case DOCTORATE -> "a doctorate";
		};
	}

	@SuppressWarnings("deprecation") // Locale.of needs Java 19
	public static String country(String code) {
		String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
		return name.isEmpty() || name.equals(code) ? code : name;
	}

	/** A taxonomy label inside a sentence: {@code Medical imaging} reads {@code medical imaging}, {@code EHR data} stays. */
	static String inSentence(String label) {
		if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
			return Character.toLowerCase(label.charAt(0)) + label.substring(1);
		}
		return label;
	}

	static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	static String quoted(String word) {
		return "\u201C" + word + "\u201D";
	}

	/** {@code a}, {@code a and b}, {@code a, b and c}. */
	static String and(List<String> items) {
		return join(items, "and");
	}

	static String or(List<String> items) {
		return join(items, "or");
	}

	static String programs(int count) {
		return count + (count == 1 ? " program" : " programs");
	}

	private static String join(List<String> items, String conjunction) {
		if (items.isEmpty()) {
			return "";
		}
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
				+ items.get(items.size() - 1);
	}

}
