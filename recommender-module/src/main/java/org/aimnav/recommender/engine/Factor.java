package org.aimnav.recommender.engine;

import org.aimnav.recommender.profile.MustHave;

/**
 * The transparent factors a result is scored on, each worth a value in [0, 1]. A factor applies
 * when the profile states what it reads (and, for a constraint, when that is a preference rather
 * than a must-have); freshness always applies. Codes name the profile field a factor reads.
 */
public enum Factor {

	/** Share of the learner's interest topics (with topics named in the free text) the program covers. */
	INTERESTS("interests", null),
	/** BM25 match of the free text against name, institution and description, over the best match. */
	INTERESTS_TEXT("interestsText", null),
	/** Whether the program is made for the learner's role, or a close one. */
	ROLE("role", null),
	/** Mean fit to the learner's goals (research: PhDs; leadership: executive programs; ...). */
	GOALS("goals", null),
	CREDENTIAL("credential", MustHave.CREDENTIAL),
	DELIVERY_FORMAT("deliveryFormat", MustHave.DELIVERY_FORMAT),
	PACE("pace", MustHave.PACE),
	BUDGET("budget", MustHave.BUDGET),
	DURATION("duration", MustHave.DURATION),
	COUNTRY("country", MustHave.COUNTRY),
	PRIOR_DEGREE("priorDegree", MustHave.PRIOR_DEGREE),
	/** How recently a curator verified the row, relative to the catalog version's publication. */
	FRESHNESS("freshness", null);

	private final String code;

	private final MustHave constraint;

	Factor(String code, MustHave constraint) {
		this.code = code;
		this.constraint = constraint;
	}

	public String code() {
		return code;
	}

	/** The must-have this factor scores when it is a preference; {@code null} for pure preferences. */
	public MustHave constraint() {
		return constraint;
	}

	public static Factor of(MustHave constraint) {
		for (Factor factor : values()) {
			if (factor.constraint == constraint) {
				return factor;
			}
		}
		throw new IllegalArgumentException(String.valueOf(constraint));
	}

}
