package org.aimnav.recommender.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.Program;
import org.aimnav.recommender.profile.Goal;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.MustHave;
import org.aimnav.recommender.result.Exclusion;
import org.aimnav.recommender.result.Reason;

/**
 * Puts a program's score into sentences, factor by factor, from the same values the ranking used.
 * Only the programs a person will see are explained, so the ranking of a large catalog never pays
 * for building strings.
 */
final class Explainer {

	private final Query q;

	private final LearnerProfile profile;

	Explainer(Query query) {
		this.q = query;
		this.profile = query.profile;
	}

	/** The must-haves the program meets, then every factor that applies, strongest first. */
	List<Reason> reasons(int i) {
		List<Reason> reasons = new ArrayList<>();
		for (MustHave constraint : profile.mustHave()) {
			if ((q.violations(i) & (1 << constraint.ordinal())) == 0) {
				reasons.add(new Reason(Factor.of(constraint).code(), 0, 1, 0, met(constraint, i), true));
			}
		}
		List<Reason> scored = new ArrayList<>();
		for (Factor factor : Factor.values()) {
			if (!q.applies[factor.ordinal()]) {
				continue;
			}
			double value = q.value(factor, i);
			double weight = q.weight[factor.ordinal()];
			double contribution = q.weightSum == 0 ? 0 : weight * value / q.weightSum;
			scored.add(new Reason(factor.code(), weight, round(value), round(contribution), text(factor, i, value),
					false));
		}
		// Stable sort: equal contributions keep the factors' declared order.
		scored.sort(Comparator.comparingDouble(Reason::contribution).reversed());
		reasons.addAll(scored);
		return reasons;
	}

	/**
	 * Why a result shows less than its relevance: it resembles an earlier result (same institution,
	 * same credential or both), and the list is kept varied. The contribution is the discount.
	 * @param earlier the program index of the earlier result it resembles
	 * @param earlierRank that result's rank
	 */
	Reason diversity(int i, int earlier, int earlierRank, double diversity, double relevance, double shown) {
		CatalogSnapshot s = q.s;
		boolean institution = s.institution[i] == s.institution[earlier];
		boolean credential = !q.credentialPinned && s.credential[i] == s.credential[earlier];
		String likeness = institution && credential ? "the same institution and credential as"
				: institution ? "the same institution as" : "the same credential as";
		// A discount of more than a quarter of the relevance is not "a little".
		String how = shown >= relevance * 0.75 ? "a little lower" : "lower";
		String text = String.format(Locale.ROOT, "Placed %s to vary the list: %s #%d (relevance alone %.2f)", how,
				likeness, earlierRank, relevance);
		return new Reason("diversity", diversity, round(Diversifier.similarity(s, i, earlier, !q.credentialPinned)),
				round(shown - relevance), text, false);
	}

	/** The must-haves program {@code i} fails, each with why. */
	List<Exclusion> exclusions(int i) {
		List<Exclusion> exclusions = new ArrayList<>();
		int failed = q.violations(i);
		for (MustHave constraint : profile.mustHave()) {
			if ((failed & (1 << constraint.ordinal())) != 0) {
				boolean notStated = q.notStated(constraint, i);
				exclusions.add(new Exclusion(constraint, notStated, failed(constraint, i, notStated)));
			}
		}
		return exclusions;
	}

	static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

	// ---- scored factors

	private String text(Factor factor, int i, double value) {
		Program p = q.s.programs[i];
		return switch (factor) {
			case INTERESTS -> interests(i);
			case INTERESTS_TEXT -> words(i, value);
			case ROLE -> role(p);
			case GOALS -> goals(p);
			case CREDENTIAL -> credential(p, false);
			case DELIVERY_FORMAT -> format(p, false);
			case PACE -> pace(p, false);
			case BUDGET -> budget(p, false);
			case DURATION -> duration(p, false);
			case COUNTRY -> country(p, false);
			case PRIOR_DEGREE -> priorDegree(p, false);
			case FRESHNESS -> freshness(p, i);
		};
	}

	private String interests(int i) {
		List<String> covered = new ArrayList<>();
		List<String> missed = new ArrayList<>();
		for (String code : q.interestCodes) {
			Integer t = q.s.topicIndex.get(code);
			String label = Phrases.inSentence(q.s.taxonomy.label(code));
			String derived = q.derivedInterests.get(code);
			if (derived != null && !profile.interests().contains(code)) {
				label += " (from " + Phrases.quoted(derived) + ")";
			}
			(t != null && q.s.hasTopic(i, t) ? covered : missed).add(label);
		}
		int all = q.interestCodes.size();
		if (covered.isEmpty()) {
			return all == 1 ? "Does not cover your interest: " + missed.get(0)
					: "Covers none of your interests (" + Phrases.and(missed) + ")";
		}
		if (covered.size() == all) {
			return all == 1 ? "Covers your interest: " + covered.get(0)
					: all == 2 ? "Covers both of your interests: " + Phrases.and(covered)
							: "Covers all " + all + " of your interests: " + Phrases.and(covered);
		}
		return "Covers " + covered.size() + " of your " + all + " interests: " + Phrases.and(covered);
	}

	private String words(int i, double value) {
		List<String> matched = new ArrayList<>();
		for (Map.Entry<String, String> term : q.textTerms.entrySet()) {
			if (q.s.text.mentions(term.getKey(), i) && !matched.contains(Phrases.quoted(term.getValue()))) {
				matched.add(Phrases.quoted(term.getValue()));
			}
		}
		if (matched.isEmpty() || value == 0) {
			List<String> asked = q.textTerms.values().stream().distinct().limit(5).map(Phrases::quoted).toList();
			return "Mentions none of your words (" + Phrases.and(asked) + ")";
		}
		String strength = value >= 0.999 ? "; the best text match in the catalog" : "";
		return "Mentions " + Phrases.and(matched) + strength;
	}

	private String role(Program p) {
		Audience role = profile.role();
		List<String> audiences = p.audiences().stream().map(Phrases::audiences).toList();
		if (p.servesAudience(role)) {
			return "Made for " + Phrases.audiences(role);
		}
		Audience closest = RoleFit.closest(role, p);
		if (closest != null) {
			return "Made for " + Phrases.and(audiences) + "; " + Phrases.audiences(closest)
					+ " are close to your role as " + Phrases.anAudience(role);
		}
		return "Made for " + Phrases.and(audiences) + ", not for " + Phrases.audiences(role);
	}

	private String goals(Program p) {
		List<String> clauses = new ArrayList<>();
		for (Goal goal : profile.goals()) {
			float fit = GoalFit.fit(goal, p);
			String because = GoalFit.because(goal, p);
			if (fit >= 0.7f) {
				clauses.add("fits your goal of " + goal.label() + " (" + because + ")");
			}
			else if (fit > 0) {
				clauses.add("partly fits your goal of " + goal.label() + " (" + because + ")");
			}
			else {
				clauses.add("does not fit your goal of " + goal.label());
			}
		}
		return Phrases.capitalize(String.join("; ", clauses));
	}

	// ---- constraints, scored as preferences or met as must-haves

	private String met(MustHave constraint, int i) {
		Program p = q.s.programs[i];
		return switch (constraint) {
			case BUDGET -> budget(p, true);
			case DURATION -> duration(p, true);
			case DELIVERY_FORMAT -> format(p, true);
			case PACE -> pace(p, true);
			case COUNTRY -> country(p, true);
			case CREDENTIAL -> credential(p, true);
			case PRIOR_DEGREE -> priorDegree(p, true);
		};
	}

	private static String asked(boolean required) {
		return required ? "as you require" : "as you prefer";
	}

	private String credential(Program p, boolean required) {
		String what = Phrases.capitalize(Phrases.aCredential(p.credential()));
		if (q.wantsCredential(p.credential())) {
			return what + ", " + asked(required);
		}
		return what + ", not " + Phrases.or(profile.credentials().stream().map(Phrases::aCredential).toList());
	}

	private String format(Program p, boolean required) {
		DeliveryFormat format = p.deliveryFormat();
		if (format == null) {
			return "Format not stated";
		}
		String what = Phrases.capitalize(Phrases.format(format));
		if (profile.deliveryFormats().contains(format)) {
			return what + ", " + asked(required);
		}
		return what + ", not " + Phrases.or(profile.deliveryFormats().stream().map(Phrases::format).toList());
	}

	private String pace(Program p, boolean required) {
		Pace pace = p.pace();
		if (pace == null) {
			return "Pace not stated";
		}
		String what = Phrases.capitalize(Phrases.pace(pace));
		if (profile.paces().contains(pace)) {
			return what + ", " + asked(required);
		}
		return what + ", not " + Phrases.or(profile.paces().stream().map(Phrases::pace).toList());
	}

	private String budget(Program p, boolean required) {
		if (p.tuitionUsd() == null) {
			return "Tuition not stated";
		}
		String tuition = p.tuitionUsd().signum() == 0 ? "No tuition (USD 0)" : "Tuition " + Phrases.money(p.tuitionUsd());
		String budget = Phrases.money(profile.maxBudgetUsd());
		if (p.tuitionUsd().compareTo(profile.maxBudgetUsd()) <= 0) {
			return tuition + ", within your budget of " + budget + (required ? " (a must-have)" : "");
		}
		return tuition + ", over your budget of " + budget;
	}

	private String duration(Program p, boolean required) {
		if (p.durationMonths() == null) {
			return "Duration not stated";
		}
		String length = Phrases.capitalize(Phrases.months(p.durationMonths().doubleValue()));
		String limit = Phrases.months(profile.maxDurationMonths().doubleValue());
		if (p.durationMonths().compareTo(profile.maxDurationMonths()) <= 0) {
			return length + ", within your limit of " + limit + (required ? " (a must-have)" : "");
		}
		return length + ", longer than your limit of " + limit;
	}

	private String country(Program p, boolean required) {
		String yours = Phrases.country(profile.country());
		if (profile.country().equals(p.country())) {
			return "In " + yours + ", " + asked(required);
		}
		if (p.deliveryFormat() == DeliveryFormat.ONLINE) {
			return "Online, so open to you in " + yours;
		}
		if (p.country() == null) {
			return "Country not stated";
		}
		return "In " + Phrases.country(p.country()) + " and not online; you are in " + yours;
	}

	private String priorDegree(Program p, boolean required) {
		if (p.minPriorDegree() == null) {
			return "Entry requirement not stated";
		}
		String yours = Phrases.degree(profile.priorDegree());
		String minimum = switch (p.minPriorDegree()) {
			case NONE -> "No prior degree required";
			default -> "Requires " + Phrases.degree(p.minPriorDegree());
		};
		if (profile.priorDegree().satisfies(p.minPriorDegree())) {
			return minimum + "; you qualify with " + yours + (required ? " (a must-have)" : "");
		}
		return minimum + "; you have " + yours;
	}

	private String freshness(Program p, int i) {
		int days = q.s.verifiedDaysBefore[i];
		if (days < 0) {
			return "Details never verified against a source";
		}
		if (days <= q.settings.freshDays()) {
			return "Details verified on " + p.lastVerified();
		}
		// Whole months up to two years ("22 months", not "a year"), then whole years; a mean year long.
		long months = (long) (days / 30.4375);
		String age = months < 2 ? "a month" : months < 24 ? months + " months" : (long) (days / 365.25) + " years";
		return "Details last verified on " + p.lastVerified() + ", " + age + " before this catalog version";
	}

	// ---- must-haves failed

	private String failed(MustHave constraint, int i, boolean notStated) {
		Program p = q.s.programs[i];
		if (notStated) {
			String what = switch (constraint) {
				case BUDGET -> "Tuition not stated";
				case DURATION -> "Duration not stated";
				case DELIVERY_FORMAT -> "Format not stated";
				case PACE -> "Pace not stated";
				case COUNTRY -> "Country not stated and not online";
				case CREDENTIAL -> "Credential not stated";
				case PRIOR_DEGREE -> "Entry requirement not stated";
			};
			return what + ", and " + constraint.label() + " is a must-have";
		}
		return switch (constraint) {
			case BUDGET -> "Tuition " + Phrases.money(p.tuitionUsd()) + " is over your budget of "
					+ Phrases.money(profile.maxBudgetUsd());
			case DURATION -> Phrases.capitalize(Phrases.months(p.durationMonths().doubleValue()))
					+ " is longer than your limit of " + Phrases.months(profile.maxDurationMonths().doubleValue());
			case DELIVERY_FORMAT -> format(p, true);
			case PACE -> pace(p, true);
			case COUNTRY -> country(p, true);
			case CREDENTIAL -> credential(p, true);
			case PRIOR_DEGREE -> priorDegree(p, true);
		};
	}

}
