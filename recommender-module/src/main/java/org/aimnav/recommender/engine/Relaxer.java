package org.aimnav.recommender.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.recommender.profile.MustHave;
import org.aimnav.recommender.result.Conflict;
import org.aimnav.recommender.result.ProfileChange;
import org.aimnav.recommender.result.Relaxation;

/**
 * What to loosen when the must-haves leave fewer results than asked for: conflict-directed
 * relaxation in the spirit of Junker's QuickXPlain and Jannach's minimal relaxations, computed
 * exactly rather than searched. A profile has at most seven must-haves, so the lattice of their
 * subsets has at most 128 nodes; every program that matches the learner's interests is reduced to
 * the set of must-haves it fails (a bitmask), and minimal relaxations and minimal conflicts are read
 * off that lattice:
 * <ul>
 * <li>a <em>drop</em> relaxation is a minimal set R of must-haves whose becoming preferences admits
 * at least one more relevant program (no proper subset of R admits one);</li>
 * <li>a <em>loosening</em> keeps the must-haves but widens them just enough to admit a program: the
 * next price or duration that admits one, or one more format, pace or credential; it is kept when
 * no other loosening admits a program with a subset of its changes;</li>
 * <li>a <em>conflict</em> is a minimal set of must-haves no interest-matching program meets
 * together.</li>
 * </ul>
 * Each relaxation's count is exact: the changed profile, run again, returns that many more
 * programs (rescoring what a dropped must-have adds as a preference).
 */
final class Relaxer {

	private static final int LOOSENABLE = Query.BUDGET | Query.DURATION | Query.FORMAT | Query.PACE
			| Query.CREDENTIAL;

	private final Query q;

	/** Interest-matching programs that fail at least one must-have. */
	private int nearCount;

	private int[] near = new int[16];

	private int[] nearMask = new int[16];

	private double[] nearSum = new double[16];

	/**
	 * Interest-matching programs that meet every must-have, with their weighted sums: a must-have
	 * turned into a preference adds its weight to every score, which can lift one of them over the
	 * relevance floor (or, rarely, lower one under it).
	 */
	private int metCount;

	private int[] met = new int[16];

	private double[] metSum = new double[16];

	/** How many interest-matching programs fail exactly each set of must-haves. */
	private final int[] failing = new int[1 << MustHave.values().length];

	record Outcome(List<Relaxation> relaxations, List<Conflict> conflicts) {
	}

	private Relaxer(Query query) {
		this.q = query;
	}

	static Outcome relax(Query query) {
		Relaxer relaxer = new Relaxer(query);
		relaxer.scan();
		List<Relaxation> relaxations = new ArrayList<>();
		List<Candidate> candidates = new ArrayList<>(relaxer.loosenings());
		candidates.addAll(relaxer.drops());
		candidates.sort(Candidate.ORDER);
		for (Candidate candidate : candidates) {
			boolean redundant = !candidate.loosening && candidates.stream()
				.anyMatch(c -> c.loosening && c.touched == candidate.touched && c.additional == candidate.additional);
			if (!redundant && relaxations.size() < query.settings.maxRelaxations()) {
				relaxations.add(candidate.toRelaxation(query));
			}
		}
		return new Outcome(relaxations, relaxer.conflicts());
	}

	private void scan() {
		for (int i = 0; i < q.s.size; i++) {
			if (q.contentGate && !q.touchesInterests(i)) {
				continue;
			}
			int mask = q.violations(i);
			failing[mask]++;
			if (mask == 0) {
				if (metCount == met.length) {
					met = Arrays.copyOf(met, metCount * 2);
					metSum = Arrays.copyOf(metSum, metCount * 2);
				}
				met[metCount] = i;
				metSum[metCount] = q.weightedSum(i);
				metCount++;
			}
			else {
				if (nearCount == near.length) {
					near = Arrays.copyOf(near, nearCount * 2);
					nearMask = Arrays.copyOf(nearMask, nearCount * 2);
					nearSum = Arrays.copyOf(nearSum, nearCount * 2);
				}
				near[nearCount] = i;
				nearMask[nearCount] = mask;
				nearSum[nearCount] = q.weightedSum(i);
				nearCount++;
			}
		}
	}

	// ---- drops: minimal sets of must-haves to turn into preferences

	private List<Candidate> drops() {
		List<Candidate> found = new ArrayList<>();
		for (int set : subsetsBySize(q.mustHave)) {
			if (found.stream().anyMatch(c -> (c.touched & set) == c.touched)) {
				continue;
			}
			double extraWeight = 0;
			for (MustHave constraint : constraints(set)) {
				extraWeight += q.weight[Factor.of(constraint).ordinal()];
			}
			double weights = q.weightSum + extraWeight;
			int admitted = 0;
			for (int k = 0; k < nearCount; k++) {
				if ((nearMask[k] & ~set) == 0 && relevantAsPreferences(near[k], nearSum[k], set, weights)) {
					admitted++;
				}
			}
			// The count is what the changed profile's list gains: programs that met the must-haves
			// already are rescored with the new preferences too.
			double floor = q.settings.minScore();
			for (int k = 0; k < metCount; k++) {
				boolean before = (q.weightSum == 0 ? 1 : metSum[k] / q.weightSum) >= floor;
				boolean after = relevantAsPreferences(met[k], metSum[k], set, weights);
				admitted += before == after ? 0 : after ? 1 : -1;
			}
			if (admitted > 0) {
				found.add(Candidate.drop(set, admitted));
			}
		}
		return found;
	}

	/** Whether program {@code i} is over the relevance floor once the must-haves in {@code set} are preferences. */
	private boolean relevantAsPreferences(int i, double weightedSum, int set, double weights) {
		double sum = weightedSum;
		for (MustHave constraint : constraints(set)) {
			sum += q.weight[Factor.of(constraint).ordinal()] * q.preferenceValue(constraint, i);
		}
		return (weights == 0 ? 1 : sum / weights) >= q.settings.minScore();
	}

	// ---- loosenings: the least widening of the must-haves that admits a program

	private List<Candidate> loosenings() {
		Map<List<Integer>, List<Candidate>> groups = new HashMap<>();
		for (int k = 0; k < nearCount; k++) {
			int i = near[k];
			int mask = nearMask[k];
			if ((mask & ~LOOSENABLE) != 0 || !admittedAsIs(k)) {
				continue;
			}
			Candidate needed = Candidate.admitting(q, i, mask);
			if (needed != null) {
				groups.computeIfAbsent(needed.setKey(), key -> new ArrayList<>()).add(needed);
			}
		}
		List<Candidate> front = new ArrayList<>();
		for (List<Candidate> group : groups.values()) {
			front.addAll(paretoMinimal(group));
		}
		List<Candidate> minimal = front.stream()
			.filter(c -> front.stream().noneMatch(other -> other != c && other.dominates(c)))
			.sorted(Candidate.ORDER)
			.limit(2L * Math.max(1, q.settings.maxRelaxations()))
			.collect(Collectors.toCollection(ArrayList::new));
		for (Candidate candidate : minimal) {
			int admitted = 0;
			for (int k = 0; k < nearCount; k++) {
				if ((nearMask[k] & ~candidate.touched) == 0 && admittedAsIs(k) && candidate.admits(q, near[k], nearMask[k])) {
					admitted++;
				}
			}
			candidate.additional = admitted;
		}
		return minimal;
	}

	/** Loosened must-haves stay must-haves, so a program's score does not change. */
	private boolean admittedAsIs(int k) {
		double score = q.weightSum == 0 ? 1 : nearSum[k] / q.weightSum;
		return score >= q.settings.minScore();
	}

	/** Within a group that adds the same values, keep the thresholds no other point beats on both. */
	private static List<Candidate> paretoMinimal(List<Candidate> group) {
		group.sort(Comparator.comparingDouble((Candidate c) -> c.budget)
			.thenComparingDouble(c -> c.duration)
			.thenComparingInt(c -> c.budgetProgram));
		List<Candidate> front = new ArrayList<>();
		double bestDuration = Double.POSITIVE_INFINITY;
		for (Candidate candidate : group) {
			if (candidate.duration < bestDuration) {
				front.add(candidate);
				bestDuration = candidate.duration;
			}
		}
		return front;
	}

	// ---- conflicts

	private List<Conflict> conflicts() {
		if (failing[0] > 0) {
			return List.of();
		}
		List<Integer> minimal = new ArrayList<>();
		for (int set : subsetsBySize(q.mustHave)) {
			if (minimal.stream().anyMatch(m -> (m & set) == m)) {
				continue;
			}
			int meeting = 0;
			for (int mask = 0; mask < failing.length; mask++) {
				if ((mask & set) == 0) {
					meeting += failing[mask];
				}
			}
			if (meeting == 0) {
				minimal.add(set);
			}
		}
		String who = q.contentGate ? "No program matching your interests is " : "No program in the catalog is ";
		return minimal.stream().map(set -> {
			// The credential reads best first: "a PhD and online", not "online and a PhD".
			List<MustHave> spoken = new ArrayList<>(constraints(set));
			spoken.sort(Comparator.comparing((MustHave m) -> m != MustHave.CREDENTIAL));
			return new Conflict(constraints(set), who + Phrases.and(spoken.stream().map(this::demand).toList()));
		}).toList();
	}

	private String demand(MustHave constraint) {
		var profile = q.profile;
		return switch (constraint) {
			case BUDGET -> "within " + Phrases.money(profile.maxBudgetUsd());
			case DURATION -> "at most " + Phrases.months(profile.maxDurationMonths().doubleValue()) + " long";
			case DELIVERY_FORMAT -> Phrases.or(profile.deliveryFormats().stream().map(Phrases::format).toList());
			case PACE -> Phrases.or(profile.paces().stream().map(Phrases::pace).toList());
			case COUNTRY -> "in " + Phrases.country(profile.country()) + " or online";
			case CREDENTIAL -> Phrases.or(profile.credentials().stream().map(Phrases::aCredential).toList());
			case PRIOR_DEGREE -> "open to you with " + Phrases.degree(profile.priorDegree());
		};
	}

	// ---- sets of must-haves as bitmasks

	/** Every non-empty subset of {@code set}, smallest first, then in must-have order. */
	static List<Integer> subsetsBySize(int set) {
		List<Integer> subsets = new ArrayList<>();
		for (int sub = set; sub != 0; sub = (sub - 1) & set) {
			subsets.add(sub);
		}
		subsets.sort(Comparator.comparingInt(Integer::bitCount).thenComparing(IN_MUST_HAVE_ORDER));
		return subsets;
	}

	/** Sets of equal size in must-have order: {budget, pace} before {budget, country} before {duration, pace}. */
	static final Comparator<Integer> IN_MUST_HAVE_ORDER = (a, b) -> Integer.compareUnsigned(Integer.reverse(b),
			Integer.reverse(a));

	static List<MustHave> constraints(int set) {
		List<MustHave> constraints = new ArrayList<>();
		for (MustHave constraint : MustHave.values()) {
			if ((set & (1 << constraint.ordinal())) != 0) {
				constraints.add(constraint);
			}
		}
		return constraints;
	}

	/** One way to relax: either dropping must-haves or widening them to admit given values. */
	private static final class Candidate {

		static final Comparator<Candidate> ORDER = Comparator.comparingInt((Candidate c) -> Integer.bitCount(c.touched))
			.thenComparing(c -> !c.loosening)
			.thenComparing(Comparator.comparingInt((Candidate c) -> c.additional).reversed())
			.thenComparing(c -> c.touched, IN_MUST_HAVE_ORDER)
			.thenComparingDouble(c -> c.budget)
			.thenComparingDouble(c -> c.duration)
			.thenComparingInt(c -> c.format)
			.thenComparingInt(c -> c.pace)
			.thenComparingInt(c -> c.credential);

		final boolean loosening;

		final int touched;

		/** For a loosening: the new limits (-infinity when untouched) and the values to add (-1: none). */
		double budget = Double.NEGATIVE_INFINITY;

		double duration = Double.NEGATIVE_INFINITY;

		int budgetProgram = -1;

		int durationProgram = -1;

		int format = -1;

		int pace = -1;

		int credential = -1;

		int additional;

		private Candidate(boolean loosening, int touched) {
			this.loosening = loosening;
			this.touched = touched;
		}

		static Candidate drop(int set, int admitted) {
			Candidate candidate = new Candidate(false, set);
			candidate.additional = admitted;
			return candidate;
		}

		/** What program {@code i} needs to be admitted; {@code null} when a value it needs is not stated. */
		static Candidate admitting(Query q, int i, int mask) {
			CatalogSnapshot s = q.s;
			Candidate c = new Candidate(true, mask);
			if ((mask & Query.BUDGET) != 0) {
				if (Double.isNaN(s.tuition[i])) {
					return null;
				}
				c.budget = s.tuition[i];
				c.budgetProgram = i;
			}
			if ((mask & Query.DURATION) != 0) {
				if (Double.isNaN(s.duration[i])) {
					return null;
				}
				c.duration = s.duration[i];
				c.durationProgram = i;
			}
			if ((mask & Query.FORMAT) != 0) {
				if (s.format[i] < 0) {
					return null;
				}
				c.format = s.format[i];
			}
			if ((mask & Query.PACE) != 0) {
				if (s.pace[i] < 0) {
					return null;
				}
				c.pace = s.pace[i];
			}
			if ((mask & Query.CREDENTIAL) != 0) {
				c.credential = s.credential[i];
			}
			return c;
		}

		List<Integer> setKey() {
			return List.of(touched, format, pace, credential);
		}

		/** Whether this loosening admits a program that fails {@code mask} (a subset of what it touches). */
		boolean admits(Query q, int i, int mask) {
			CatalogSnapshot s = q.s;
			return ((mask & Query.BUDGET) == 0 || s.tuition[i] <= budget)
					&& ((mask & Query.DURATION) == 0 || s.duration[i] <= duration)
					&& ((mask & Query.FORMAT) == 0 || s.format[i] == format)
					&& ((mask & Query.PACE) == 0 || s.pace[i] == pace)
					&& ((mask & Query.CREDENTIAL) == 0 || s.credential[i] == credential);
		}

		/** Whether this loosening changes no more than {@code other} and still admits a program. */
		boolean dominates(Candidate other) {
			if ((touched & other.touched) != touched) {
				return false;
			}
			boolean sameChange = touched == other.touched && budget == other.budget && duration == other.duration
					&& format == other.format && pace == other.pace && credential == other.credential;
			return !sameChange && ((touched & Query.BUDGET) == 0 || budget <= other.budget)
					&& ((touched & Query.DURATION) == 0 || duration <= other.duration)
					&& ((touched & Query.FORMAT) == 0 || format == other.format)
					&& ((touched & Query.PACE) == 0 || pace == other.pace)
					&& ((touched & Query.CREDENTIAL) == 0 || credential == other.credential);
		}

		Relaxation toRelaxation(Query q) {
			List<MustHave> constraints = constraints(touched);
			String code = constraints.stream().map(MustHave::code).collect(Collectors.joining("+"));
			ProfileChange change;
			String suggestion;
			if (loosening) {
				List<String> parts = new ArrayList<>();
				BigDecimal newBudget = null;
				BigDecimal newDuration = null;
				List<DeliveryFormat> formats = List.of();
				List<Pace> paces = List.of();
				List<Credential> credentials = List.of();
				if (budgetProgram >= 0) {
					newBudget = q.s.programs[budgetProgram].tuitionUsd();
					parts.add("raise your budget to " + Phrases.money(newBudget));
				}
				if (durationProgram >= 0) {
					newDuration = q.s.programs[durationProgram].durationMonths();
					parts.add("allow programs up to " + Phrases.months(newDuration.doubleValue()));
				}
				// One "also accept" for everything accepted: "also accept online and full-time programs".
				List<String> kinds = new ArrayList<>();
				List<String> accepted = new ArrayList<>();
				if (format >= 0) {
					formats = List.of(DeliveryFormat.values()[format]);
					kinds.add(Phrases.formatAdjective(formats.get(0)));
				}
				if (pace >= 0) {
					paces = List.of(Pace.values()[pace]);
					kinds.add(Phrases.pace(paces.get(0)));
				}
				if (!kinds.isEmpty()) {
					accepted.add(Phrases.and(kinds) + " programs");
				}
				if (credential >= 0) {
					credentials = List.of(Credential.values()[credential]);
					accepted.add(Phrases.credentials(credentials.get(0)));
				}
				if (!accepted.isEmpty()) {
					parts.add("also accept " + Phrases.and(accepted));
				}
				change = new ProfileChange(List.of(), newBudget, newDuration, formats, paces, credentials);
				suggestion = Phrases.capitalize(Phrases.and(parts));
			}
			else {
				change = ProfileChange.drop(constraints);
				List<String> labels = constraints.stream().map(MustHave::label).toList();
				suggestion = "Treat " + Phrases.and(labels)
						+ (labels.size() == 1 ? " as a preference, not a must-have" : " as preferences, not must-haves");
			}
			return new Relaxation(code, constraints, suggestion, additional, change, change.applyTo(q.profile));
		}

	}

}
