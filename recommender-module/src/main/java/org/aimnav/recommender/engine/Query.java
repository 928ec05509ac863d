package org.aimnav.recommender.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.PriorDegree;
import org.aimnav.catalog.search.TextAnalyzer;
import org.aimnav.catalog.taxonomy.Topic;
import org.aimnav.recommender.profile.Goal;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.MustHave;

/**
 * A profile compiled against one snapshot: the must-haves as bit tests on the snapshot's arrays,
 * the interests as a topic bitset, the free text as BM25 scores, and which factors apply with
 * their weights. Everything scoring needs per program is then a handful of array reads, so the
 * hot loop allocates nothing. Factor values and must-have tests live here once, shared by the
 * ranking, the explanations, the relaxations and why-not.
 */
final class Query {

	static final int ONLINE = DeliveryFormat.ONLINE.ordinal();

	private static final int HYBRID = DeliveryFormat.HYBRID.ordinal();

	private static final int PART_TIME = Pace.PART_TIME.ordinal();

	private static final int SELF_PACED = Pace.SELF_PACED.ordinal();

	/** Longest phrase of the taxonomy's synonyms looked for in free text, in words. */
	private static final int LONGEST_SYNONYM = 4;

	final CatalogSnapshot s;

	final LearnerProfile profile;

	final RecommenderProperties settings;

	/** Interest topics: the profile's, then those its free text names, in that order. */
	final List<String> interestCodes;

	/** Topics found in the free text, with the words that named them. */
	final Map<String, String> derivedInterests;

	final long[] interestBits;

	final int interestCount;

	/** Analysed query terms with the word the learner wrote for each. */
	final Map<String, String> textTerms;

	/** BM25 score per program, or null when the text matches nothing (then the factor does not apply). */
	final float[] text;

	final float textMax;

	final boolean[] applies = new boolean[Factor.values().length];

	final double[] weight = new double[Factor.values().length];

	final double weightSum;

	/** One bit per {@link MustHave} ordinal. */
	final int mustHave;

	final double budget;

	final double maxDuration;

	final int formats;

	final int paces;

	final int credentials;

	/** The learner's country in the snapshot's country index; -2 when no program is there. */
	final int country;

	/** One bit per program minimum ({@link PriorDegree} ordinal) the learner's degree satisfies. */
	final int eligible;

	final int role;

	final int[] goals;

	final boolean contentGate;

	final double diversity;

	Query(CatalogSnapshot snapshot, LearnerProfile profile, RecommenderProperties settings) {
		this.s = snapshot;
		this.profile = profile;
		this.settings = settings;

		this.derivedInterests = topicsNamedIn(profile.interestsText(), snapshot);
		LinkedHashSet<String> interests = new LinkedHashSet<>(profile.interests());
		derivedInterests.keySet().forEach(interests::add);
		this.interestCodes = List.copyOf(interests);
		this.interestBits = new long[snapshot.topicWords];
		int count = 0;
		for (String code : interestCodes) {
			Integer t = snapshot.topicIndex.get(code);
			if (t != null) {
				interestBits[t >>> 6] |= 1L << (t & 63);
			}
			count++;
		}
		this.interestCount = count;

		this.textTerms = termsOf(profile.interestsText());
		float[] scores = textTerms.isEmpty() ? null : snapshot.text.scores(TextIndex.cap(List.copyOf(textTerms.keySet())));
		float max = 0;
		if (scores != null) {
			for (float score : scores) {
				max = Math.max(max, score);
			}
		}
		this.text = max > 0 ? scores : null;
		this.textMax = max;

		int must = 0;
		for (MustHave constraint : profile.mustHave()) {
			must |= 1 << constraint.ordinal();
		}
		this.mustHave = must;
		this.budget = profile.maxBudgetUsd() == null ? Double.NaN : profile.maxBudgetUsd().doubleValue();
		this.maxDuration = profile.maxDurationMonths() == null ? Double.NaN : profile.maxDurationMonths().doubleValue();
		this.formats = bits(profile.deliveryFormats());
		this.paces = bits(profile.paces());
		this.credentials = bits(profile.credentials());
		this.country = profile.country() == null ? -2 : snapshot.countryIndex.getOrDefault(profile.country(), -2);
		int eligibleBits = 0;
		if (profile.priorDegree() != null) {
			for (PriorDegree minimum : PriorDegree.values()) {
				if (profile.priorDegree().satisfies(minimum)) {
					eligibleBits |= 1 << minimum.ordinal();
				}
			}
		}
		this.eligible = eligibleBits;
		this.role = profile.role() == null ? -1 : profile.role().ordinal();
		this.goals = profile.goals().stream().mapToInt(Goal::ordinal).toArray();

		applies[Factor.INTERESTS.ordinal()] = interestCount > 0;
		applies[Factor.INTERESTS_TEXT.ordinal()] = text != null;
		applies[Factor.ROLE.ordinal()] = role >= 0;
		applies[Factor.GOALS.ordinal()] = goals.length > 0;
		applies[Factor.FRESHNESS.ordinal()] = true;
		for (Factor factor : Factor.values()) {
			MustHave constraint = factor.constraint();
			if (constraint != null) {
				applies[factor.ordinal()] = profile.states(constraint) && !profile.requires(constraint);
			}
		}
		double sum = 0;
		for (Factor factor : Factor.values()) {
			weight[factor.ordinal()] = settings.weights().of(factor);
			if (applies[factor.ordinal()]) {
				sum += weight[factor.ordinal()];
			}
		}
		this.weightSum = sum;
		this.contentGate = settings.requireInterestMatch() && (interestCount > 0 || text != null);
		this.diversity = profile.diversity() != null ? profile.diversity() : settings.diversity();
	}

	// ---- must-haves

	/** The must-haves program {@code i} fails, one bit per {@link MustHave} ordinal. */
	int violations(int i) {
		int must = mustHave;
		if (must == 0) {
			return 0;
		}
		int failed = 0;
		if ((must & BUDGET) != 0 && !(s.tuition[i] <= budget)) {
			failed |= BUDGET;
		}
		if ((must & DURATION) != 0 && !(s.duration[i] <= maxDuration)) {
			failed |= DURATION;
		}
		if ((must & FORMAT) != 0 && !inSet(s.format[i], formats)) {
			failed |= FORMAT;
		}
		if ((must & PACE) != 0 && !inSet(s.pace[i], paces)) {
			failed |= PACE;
		}
		if ((must & COUNTRY) != 0 && !(s.country[i] == country || s.format[i] == ONLINE)) {
			failed |= COUNTRY;
		}
		if ((must & CREDENTIAL) != 0 && !inSet(s.credential[i], credentials)) {
			failed |= CREDENTIAL;
		}
		if ((must & PRIOR_DEGREE) != 0 && !inSet(s.minPriorDegree[i], eligible)) {
			failed |= PRIOR_DEGREE;
		}
		return failed;
	}

	static final int BUDGET = 1 << MustHave.BUDGET.ordinal();

	static final int DURATION = 1 << MustHave.DURATION.ordinal();

	static final int FORMAT = 1 << MustHave.DELIVERY_FORMAT.ordinal();

	static final int PACE = 1 << MustHave.PACE.ordinal();

	static final int COUNTRY = 1 << MustHave.COUNTRY.ordinal();

	static final int CREDENTIAL = 1 << MustHave.CREDENTIAL.ordinal();

	static final int PRIOR_DEGREE = 1 << MustHave.PRIOR_DEGREE.ordinal();

	/** Whether the catalog leaves blank the value a must-have reads for program {@code i}. */
	boolean notStated(MustHave constraint, int i) {
		return switch (constraint) {
			case BUDGET -> Double.isNaN(s.tuition[i]);
			case DURATION -> Double.isNaN(s.duration[i]);
			case DELIVERY_FORMAT -> s.format[i] < 0;
			case PACE -> s.pace[i] < 0;
			case COUNTRY -> s.country[i] < 0 && s.format[i] != ONLINE;
			case CREDENTIAL -> false;
			case PRIOR_DEGREE -> s.minPriorDegree[i] < 0;
		};
	}

	// ---- relevance

	/** Whether program {@code i} matches at least one interest topic or one word of the free text. */
	boolean touchesInterests(int i) {
		if (interestCount > 0) {
			int base = i * s.topicWords;
			for (int w = 0; w < interestBits.length; w++) {
				if ((s.topics[base + w] & interestBits[w]) != 0) {
					return true;
				}
			}
		}
		return text != null && text[i] > 0;
	}

	/** Whether program {@code i} may be shown at all, given its score. */
	boolean relevant(int i, double score) {
		return score >= settings.minScore() && (!contentGate || touchesInterests(i));
	}

	double score(int i) {
		return weightSum == 0 ? 1 : weightedSum(i) / weightSum;
	}

	/**
	 * The weighted sum of the factors that apply (the score before dividing by the weights),
	 * written out factor by factor: this is the hot loop's body.
	 */
	double weightedSum(int i) {
		double sum = 0;
		boolean[] on = applies;
		double[] w = weight;
		if (on[F_INTERESTS]) {
			sum += w[F_INTERESTS] * interests(i);
		}
		if (on[F_TEXT]) {
			sum += w[F_TEXT] * text[i] / textMax;
		}
		if (on[F_ROLE]) {
			sum += w[F_ROLE] * s.roleFit[role][i];
		}
		if (on[F_GOALS]) {
			sum += w[F_GOALS] * goals(i);
		}
		if (on[F_CREDENTIAL]) {
			sum += w[F_CREDENTIAL] * credential(i);
		}
		if (on[F_FORMAT]) {
			sum += w[F_FORMAT] * format(i);
		}
		if (on[F_PACE]) {
			sum += w[F_PACE] * pace(i);
		}
		if (on[F_BUDGET]) {
			sum += w[F_BUDGET] * budget(i);
		}
		if (on[F_DURATION]) {
			sum += w[F_DURATION] * duration(i);
		}
		if (on[F_COUNTRY]) {
			sum += w[F_COUNTRY] * country(i);
		}
		if (on[F_PRIOR_DEGREE]) {
			sum += w[F_PRIOR_DEGREE] * priorDegree(i);
		}
		if (on[F_FRESHNESS]) {
			sum += w[F_FRESHNESS] * freshness(i);
		}
		return sum;
	}

	private static final int F_INTERESTS = Factor.INTERESTS.ordinal();

	private static final int F_TEXT = Factor.INTERESTS_TEXT.ordinal();

	private static final int F_ROLE = Factor.ROLE.ordinal();

	private static final int F_GOALS = Factor.GOALS.ordinal();

	private static final int F_CREDENTIAL = Factor.CREDENTIAL.ordinal();

	private static final int F_FORMAT = Factor.DELIVERY_FORMAT.ordinal();

	private static final int F_PACE = Factor.PACE.ordinal();

	private static final int F_BUDGET = Factor.BUDGET.ordinal();

	private static final int F_DURATION = Factor.DURATION.ordinal();

	private static final int F_COUNTRY = Factor.COUNTRY.ordinal();

	private static final int F_PRIOR_DEGREE = Factor.PRIOR_DEGREE.ordinal();

	private static final int F_FRESHNESS = Factor.FRESHNESS.ordinal();

	// ---- factor values, each in [0, 1]

	double value(Factor factor, int i) {
		return switch (factor) {
			case INTERESTS -> interestCount == 0 ? 0 : interests(i);
			case INTERESTS_TEXT -> text == null ? 0 : text[i] / textMax;
			case ROLE -> role < 0 ? 0 : s.roleFit[role][i];
			case GOALS -> goals.length == 0 ? 0 : goals(i);
			case CREDENTIAL -> credential(i);
			case DELIVERY_FORMAT -> format(i);
			case PACE -> pace(i);
			case BUDGET -> budget(i);
			case DURATION -> duration(i);
			case COUNTRY -> country(i);
			case PRIOR_DEGREE -> priorDegree(i);
			case FRESHNESS -> freshness(i);
		};
	}

	double interests(int i) {
		int base = i * s.topicWords;
		int covered = 0;
		for (int w = 0; w < interestBits.length; w++) {
			covered += Long.bitCount(s.topics[base + w] & interestBits[w]);
		}
		return (double) covered / interestCount;
	}

	double goals(int i) {
		double sum = 0;
		for (int goal : goals) {
			sum += s.goalFit[goal][i];
		}
		return sum / goals.length;
	}

	double credential(int i) {
		return inSet(s.credential[i], credentials) ? 1 : 0;
	}

	/** Hybrid half-fits a learner who wants online or in person (and the other way round). */
	double format(int i) {
		int f = s.format[i];
		if (f < 0) {
			return settings.notStatedScore();
		}
		if (inSet(f, formats)) {
			return 1;
		}
		return f == HYBRID || (formats & (1 << HYBRID)) != 0 ? 0.5 : 0;
	}

	/** Part-time and self-paced half-fit each other: both leave room for a job. */
	double pace(int i) {
		int p = s.pace[i];
		if (p < 0) {
			return settings.notStatedScore();
		}
		if (inSet(p, paces)) {
			return 1;
		}
		boolean flexible = p == PART_TIME || p == SELF_PACED;
		boolean wantsFlexible = (paces & ((1 << PART_TIME) | (1 << SELF_PACED))) != 0;
		return flexible && wantsFlexible ? 0.5 : 0;
	}

	double budget(int i) {
		return upTo(s.tuition[i], budget);
	}

	double duration(int i) {
		return upTo(s.duration[i], maxDuration);
	}

	/** 1 within the limit, then falling linearly to 0 at twice the limit; not stated is neutral-low. */
	private double upTo(double value, double limit) {
		if (Double.isNaN(value)) {
			return settings.notStatedScore();
		}
		if (value <= limit) {
			return 1;
		}
		return limit <= 0 ? 0 : Math.max(0, 1 - (value - limit) / limit);
	}

	/** In the learner's country, or online and so open from anywhere. */
	double country(int i) {
		if (s.country[i] == country || s.format[i] == ONLINE) {
			return 1;
		}
		return s.country[i] < 0 ? settings.notStatedScore() : 0;
	}

	double priorDegree(int i) {
		int minimum = s.minPriorDegree[i];
		if (minimum < 0) {
			return settings.notStatedScore();
		}
		return inSet(minimum, eligible) ? 1 : 0;
	}

	double freshness(int i) {
		int days = s.verifiedDaysBefore[i];
		if (days < 0) {
			return 0;
		}
		int fresh = settings.freshDays();
		int stale = settings.staleDays();
		if (days <= fresh) {
			return 1;
		}
		if (days >= stale) {
			return settings.staleScore();
		}
		return 1 - (1 - settings.staleScore()) * (days - fresh) / (double) (stale - fresh);
	}

	/** The value a must-have would score as a preference, for relaxing it. */
	double preferenceValue(MustHave constraint, int i) {
		return value(Factor.of(constraint), i);
	}

	private static boolean inSet(int ordinal, int set) {
		return ordinal >= 0 && (set & (1 << ordinal)) != 0;
	}

	private static <E extends Enum<E>> int bits(List<E> values) {
		int bits = 0;
		for (E value : values) {
			bits |= 1 << value.ordinal();
		}
		return bits;
	}

	// ---- free text

	/** The analysed terms of a text, each with the first word that produced it. */
	static Map<String, String> termsOf(String text) {
		Map<String, String> terms = new LinkedHashMap<>();
		if (text == null) {
			return terms;
		}
		for (String word : text.split("[^\\p{L}\\p{N}]+")) {
			for (String term : TextAnalyzer.terms(word)) {
				terms.putIfAbsent(term, word.toLowerCase(Locale.ROOT));
			}
		}
		return terms;
	}

	/**
	 * Topics the free text names by code, label or synonym ({@code radiology} names medical
	 * imaging), longest phrase first, each with the words that named it.
	 */
	static Map<String, String> topicsNamedIn(String text, CatalogSnapshot snapshot) {
		Map<String, String> found = new LinkedHashMap<>();
		if (text == null) {
			return found;
		}
		String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+");
		List<String> tokens = new ArrayList<>();
		for (String word : words) {
			if (!word.isEmpty()) {
				tokens.add(word);
			}
		}
		int at = 0;
		while (at < tokens.size()) {
			int matched = 0;
			for (int n = Math.min(LONGEST_SYNONYM, tokens.size() - at); n >= 1 && matched == 0; n--) {
				String phrase = String.join(" ", tokens.subList(at, at + n));
				Optional<Topic> topic = snapshot.taxonomy.findBySynonym(phrase);
				if (topic.isEmpty() && n == 1) {
					topic = snapshot.taxonomy.find(phrase);
				}
				if (topic.isPresent()) {
					found.putIfAbsent(topic.get().code(), phrase);
					matched = n;
				}
			}
			at += Math.max(1, matched);
		}
		return found;
	}

	static Set<String> programTerms(String... texts) {
		Set<String> terms = new LinkedHashSet<>();
		for (String text : texts) {
			terms.addAll(TextAnalyzer.terms(text));
		}
		return terms;
	}

	/** Whether the learner's credential choice (for phrases) includes this one. */
	boolean wantsCredential(Credential credential) {
		return inSet(credential.ordinal(), credentials);
	}

}
