package org.aimnav.recommender.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;

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

	/** Must-haves as bits of a mask, one per {@link MustHave} ordinal. */
	static final int BUDGET = 1 << MustHave.BUDGET.ordinal();

	static final int DURATION = 1 << MustHave.DURATION.ordinal();

	static final int FORMAT = 1 << MustHave.DELIVERY_FORMAT.ordinal();

	static final int PACE = 1 << MustHave.PACE.ordinal();

	static final int COUNTRY = 1 << MustHave.COUNTRY.ordinal();

	static final int CREDENTIAL = 1 << MustHave.CREDENTIAL.ordinal();

	static final int PRIOR_DEGREE = 1 << MustHave.PRIOR_DEGREE.ordinal();

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

	/**
	 * Whether every result has the one credential the learner requires: then sharing it says
	 * nothing, and diversity must not discount a result for it.
	 */
	final boolean credentialPinned;

	/** The learner's country in the snapshot's country index; -2 when no program is there. */
	final int country;

	/** One bit per program minimum ({@link PriorDegree} ordinal) the learner's degree satisfies. */
	final int eligible;

	final int role;

	final int[] goals;

	final boolean contentGate;

	final double diversity;

	// The snapshot's arrays and this profile's weights, in final fields the hot loop reads directly.

	private final byte[] credential;

	private final byte[] format;

	private final byte[] pace;

	private final byte[] minPriorDegree;

	private final double[] tuition;

	private final double[] duration;

	private final short[] countryOf;

	private final double[] tuitionOrZero;

	private final double[] tuitionStated;

	private final double[] durationOrZero;

	private final double[] durationStated;

	private final double[] freshnessScores;

	private final long[] topics;

	private final int topicWords;

	private final float[] roleFit;

	private final float[][] goalFits;

	private final float[] firstGoal;

	private final float[] secondGoal;

	private final long firstInterestWord;

	private final double[] credentialTable;

	private final double[] formatTable;

	private final double[] paceTable;

	private final double[] priorDegreeTable;

	private final double interestWeight;

	private final double textWeight;

	private final double roleWeight;

	private final double goalWeight;

	private final double budgetWeight;

	private final double durationWeight;

	private final double countryWeight;

	private final double freshnessWeight;

	private final double inverseWeightSum;

	private final double notStatedScore;

	/** 1 / limit, or a huge number for a limit of 0 (then only 0 fits). */
	private final double budgetInverse;

	private final double maxDurationInverse;

	/** Index: format ordinal + 1; 1 for online (open from any country), else 0. */
	private final double[] onlineTable;

	/** Index: country index + 1; 1 for the learner's country, not-stated score for -1, else 0. */
	private final double[] countryTable;

	/** The most {@link #restSum} can add for any program. */
	private final double restMax;

	Query(CatalogSnapshot snapshot, LearnerProfile profile, RecommenderProperties settings) {
		this.s = snapshot;
		this.profile = profile;
		this.settings = settings;
		this.credential = snapshot.credential;
		this.format = snapshot.format;
		this.pace = snapshot.pace;
		this.minPriorDegree = snapshot.minPriorDegree;
		this.tuition = snapshot.tuition;
		this.duration = snapshot.duration;
		this.countryOf = snapshot.country;
		this.tuitionOrZero = snapshot.tuitionOrZero;
		this.tuitionStated = snapshot.tuitionStated;
		this.durationOrZero = snapshot.durationOrZero;
		this.durationStated = snapshot.durationStated;
		this.freshnessScores = snapshot.freshness(settings.freshDays(), settings.staleDays(), settings.staleScore());
		this.topics = snapshot.topics;
		this.topicWords = snapshot.topicWords;
		this.notStatedScore = settings.notStatedScore();

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
		this.credentialPinned = (must & CREDENTIAL) != 0 && Integer.bitCount(credentials) == 1;
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
		this.budgetInverse = inverse(budget);
		this.maxDurationInverse = inverse(maxDuration);
		this.onlineTable = new double[DeliveryFormat.values().length + 1];
		onlineTable[ONLINE + 1] = 1;
		this.countryTable = new double[snapshot.countryIndex.size() + 1];
		countryTable[0] = settings.notStatedScore();
		if (country >= 0) {
			countryTable[country + 1] = 1;
		}
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
		this.inverseWeightSum = sum == 0 ? 0 : 1 / sum;
		this.roleFit = applies[Factor.ROLE.ordinal()] ? snapshot.roleFit[role] : null;
		this.goalFits = new float[applies[Factor.GOALS.ordinal()] ? goals.length : 0][];
		for (int g = 0; g < goalFits.length; g++) {
			goalFits[g] = snapshot.goalFit[goals[g]];
		}
		this.firstGoal = goalFits.length > 0 ? goalFits[0] : null;
		this.secondGoal = goalFits.length > 1 ? goalFits[1] : null;
		this.firstInterestWord = interestBits[0];
		this.interestWeight = weightIf(Factor.INTERESTS) / Math.max(1, interestCount);
		this.textWeight = text == null ? 0 : weightIf(Factor.INTERESTS_TEXT) / textMax;
		this.roleWeight = weightIf(Factor.ROLE);
		this.goalWeight = goals.length == 0 ? 0 : weightIf(Factor.GOALS) / goals.length;
		this.budgetWeight = weightIf(Factor.BUDGET);
		this.durationWeight = weightIf(Factor.DURATION);
		this.countryWeight = weightIf(Factor.COUNTRY);
		this.freshnessWeight = weightIf(Factor.FRESHNESS);
		this.credentialTable = table(Factor.CREDENTIAL, Credential.values().length,
				c -> inSet(c, credentials) ? 1 : 0);
		this.formatTable = table(Factor.DELIVERY_FORMAT, DeliveryFormat.values().length + 1,
				k -> formatValue(k - 1));
		this.paceTable = table(Factor.PACE, Pace.values().length + 1, k -> paceValue(k - 1));
		this.priorDegreeTable = table(Factor.PRIOR_DEGREE, PriorDegree.values().length + 1,
				k -> priorDegreeValue(k - 1));
		this.restMax = max(credentialTable) + max(formatTable) + max(paceTable) + max(priorDegreeTable) + freshnessWeight
				+ budgetWeight + durationWeight + countryWeight;
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
		if ((must & BUDGET) != 0 && !(tuition[i] <= budget)) {
			failed |= BUDGET;
		}
		if ((must & DURATION) != 0 && !(duration[i] <= maxDuration)) {
			failed |= DURATION;
		}
		if ((must & FORMAT) != 0 && !inSet(format[i], formats)) {
			failed |= FORMAT;
		}
		if ((must & PACE) != 0 && !inSet(pace[i], paces)) {
			failed |= PACE;
		}
		if ((must & COUNTRY) != 0 && !(countryOf[i] == country || format[i] == ONLINE)) {
			failed |= COUNTRY;
		}
		if ((must & CREDENTIAL) != 0 && !inSet(credential[i], credentials)) {
			failed |= CREDENTIAL;
		}
		if ((must & PRIOR_DEGREE) != 0 && !inSet(minPriorDegree[i], eligible)) {
			failed |= PRIOR_DEGREE;
		}
		return failed;
	}

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
		return (interestCount > 0 && coveredInterests(i) > 0) || (text != null && text[i] > 0);
	}

	/** Whether program {@code i} may be shown at all, given its score. */
	boolean relevant(int i, double score) {
		return score >= settings.minScore() && (!contentGate || touchesInterests(i));
	}

	double score(int i) {
		return weightSum == 0 ? 1 : weightedSum(i) * inverseWeightSum;
	}

	/**
	 * The weighted sum of the factors that apply (the score before dividing by the weights): the
	 * hot loop's body, in two parts so that the ranking can bound a score before finishing it.
	 */
	double weightedSum(int i) {
		return contentSum(i) + restSum(i);
	}

	/** What the program is about: interests, free text, role and goals. */
	private double contentSum(int i) {
		double sum = 0;
		if (interestCount > 0) {
			sum += interestWeight * coveredInterests(i);
		}
		if (text != null) {
			sum += textWeight * text[i];
		}
		if (roleFit != null) {
			sum += roleWeight * roleFit[i];
		}
		if (firstGoal != null) {
			sum += goalWeight * firstGoal[i];
			if (secondGoal != null) {
				sum += goalWeight * secondGoal[i];
				for (int g = 2; g < goalFits.length; g++) {
					sum += goalWeight * goalFits[g][i];
				}
			}
		}
		return sum;
	}

	/**
	 * The practical fit, never more than {@link #restMax}: enumerated factors are one lookup each in
	 * a table of weighted values made for this profile (0 where the factor does not apply), the
	 * others read primitive arrays without branching.
	 */
	private double restSum(int i) {
		double sum = credentialTable[credential[i]] + formatTable[format[i] + 1] + paceTable[pace[i] + 1]
				+ priorDegreeTable[minPriorDegree[i] + 1] + freshnessWeight * freshnessScores[i];
		if (budgetWeight > 0) {
			sum += budgetWeight * upTo(tuitionOrZero[i], tuitionStated[i], budgetInverse);
		}
		if (durationWeight > 0) {
			sum += durationWeight * upTo(durationOrZero[i], durationStated[i], maxDurationInverse);
		}
		if (countryWeight > 0) {
			sum += countryWeight * country(i);
		}
		return sum;
	}

	/** How many interest topics program {@code i} carries; one word of bits for a taxonomy up to 64 topics. */
	private int coveredInterests(int i) {
		if (topicWords == 1) {
			return Long.bitCount(topics[i] & firstInterestWord);
		}
		int base = i * topicWords;
		int covered = 0;
		for (int w = 0; w < topicWords; w++) {
			covered += Long.bitCount(topics[base + w] & interestBits[w]);
		}
		return covered;
	}

	/**
	 * Budget and duration fit, without a branch: 1 within the limit, falling linearly to 0 at
	 * twice the limit ({@code min(1, max(0, 2 - value / limit))}), and the neutral-low score when
	 * not stated ({@code stated} is 0).
	 */
	private double upTo(double valueOrZero, double stated, double inverseLimit) {
		double fit = Math.min(1, Math.max(0, 2 - valueOrZero * inverseLimit));
		return stated * fit + (1 - stated) * notStatedScore;
	}

	/**
	 * Ranks the whole snapshot in one pass: counts the programs that meet the must-haves and those
	 * also relevant enough to show, and offers the relevant ones to {@code best}.
	 * @return {mustHaveMatches, relevantMatches}
	 */
	int[] rank(TopK best) {
		int matches = 0;
		int relevant = 0;
		double floor = settings.minScore();
		boolean constrained = mustHave != 0;
		boolean gated = contentGate;
		boolean bounded = weightSum > 0;
		double inverse = inverseWeightSum;
		// The heap is only called for a program that would enter it: rare once it is full.
		double threshold = best.threshold();
		for (int i = 0, n = s.size; i < n; i++) {
			if (constrained && violations(i) != 0) {
				continue;
			}
			matches++;
			if (gated && !touchesInterests(i)) {
				continue;
			}
			if (!bounded) {
				relevant++;
				if (best.wouldKeep(i, 1)) {
					best.offer(i, 1);
				}
				continue;
			}
			// Bound the score by its content part before finishing it: the rest adds between 0 and
			// restMax. The margin keeps every decision the same as the exact score's.
			double content = contentSum(i);
			double upper = (content + restMax) * inverse;
			if (upper < floor - MARGIN) {
				continue;
			}
			boolean surelyRelevant = content * inverse >= floor + MARGIN;
			if (surelyRelevant && upper < threshold - MARGIN) {
				relevant++;
				continue;
			}
			double score = (content + restSum(i)) * inverse;
			if (score >= floor) {
				relevant++;
				if (score >= threshold && best.wouldKeep(i, score)) {
					best.offer(i, score);
					threshold = best.threshold();
				}
			}
		}
		return new int[] { matches, relevant };
	}

	/** Far above the rounding error of a sum of a dozen terms in [0, 12], far below any real score difference. */
	private static final double MARGIN = 1e-9;

	/** Weighted value tables, indexed by ordinal (+1 where -1 means not stated). */
	private double[] table(Factor factor, int size, IntToDoubleFunction value) {
		double[] table = new double[size];
		if (applies[factor.ordinal()]) {
			for (int k = 0; k < size; k++) {
				table[k] = weight[factor.ordinal()] * value.applyAsDouble(k);
			}
		}
		return table;
	}

	// ---- factor values, each in [0, 1]

	double value(Factor factor, int i) {
		return switch (factor) {
			case INTERESTS -> interestCount == 0 ? 0 : interests(i);
			case INTERESTS_TEXT -> text == null ? 0 : text[i] / (double) textMax;
			case ROLE -> roleFit == null ? 0 : roleFit[i];
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
		return (double) coveredInterests(i) / interestCount;
	}

	double goals(int i) {
		double sum = 0;
		for (float[] fit : goalFits) {
			sum += fit[i];
		}
		return sum / goalFits.length;
	}

	double credential(int i) {
		return inSet(credential[i], credentials) ? 1 : 0;
	}

	/** Hybrid half-fits a learner who wants online or in person (and the other way round). */
	double format(int i) {
		return formatValue(format[i]);
	}

	private double formatValue(int f) {
		if (f < 0) {
			return notStatedScore;
		}
		if (inSet(f, formats)) {
			return 1;
		}
		return f == HYBRID || (formats & (1 << HYBRID)) != 0 ? 0.5 : 0;
	}

	/** Part-time and self-paced half-fit each other: both leave room for a job. */
	double pace(int i) {
		return paceValue(pace[i]);
	}

	private double paceValue(int p) {
		if (p < 0) {
			return notStatedScore;
		}
		if (inSet(p, paces)) {
			return 1;
		}
		boolean flexible = p == PART_TIME || p == SELF_PACED;
		boolean wantsFlexible = (paces & ((1 << PART_TIME) | (1 << SELF_PACED))) != 0;
		return flexible && wantsFlexible ? 0.5 : 0;
	}

	double budget(int i) {
		return upTo(tuitionOrZero[i], tuitionStated[i], budgetInverse);
	}

	double duration(int i) {
		return upTo(durationOrZero[i], durationStated[i], maxDurationInverse);
	}

	/** In the learner's country, or online and so open from anywhere; not stated is neutral-low. */
	double country(int i) {
		return Math.max(onlineTable[format[i] + 1], countryTable[countryOf[i] + 1]);
	}

	double priorDegree(int i) {
		return priorDegreeValue(minPriorDegree[i]);
	}

	private double priorDegreeValue(int minimum) {
		if (minimum < 0) {
			return notStatedScore;
		}
		return inSet(minimum, eligible) ? 1 : 0;
	}

	double freshness(int i) {
		return freshnessScores[i];
	}

	private static double max(double[] values) {
		double max = 0;
		for (double value : values) {
			max = Math.max(max, value);
		}
		return max;
	}

	private static double inverse(double limit) {
		return Double.isNaN(limit) ? 0 : limit <= 0 ? 1e300 : 1 / limit;
	}

	private double weightIf(Factor factor) {
		return applies[factor.ordinal()] ? weight[factor.ordinal()] : 0;
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

	/** Whether the learner's credential choice (for phrases) includes this one. */
	boolean wantsCredential(Credential credential) {
		return inSet(credential.ordinal(), credentials);
	}

}
