package org.aimnav.recommender.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.recommender.profile.Goal;

/**
 * One catalog version, prepared for recommending: immutable, built once per version, and shared
 * by every request until a newer version replaces it as a whole. Programs are held in id order
 * (their index is their tie-breaker) next to what scoring reads in its hot loop, precomputed as
 * primitive arrays: topic bitsets, audience masks, enum ordinals, numbers (NaN when not stated),
 * verification ages, goal and role fits, and a Lucene index of the text for BM25.
 */
public final class CatalogSnapshot {

	final int version;

	final LocalDate referenceDate;

	final Taxonomy taxonomy;

	final int size;

	final Program[] programs;

	final String[] ids;

	/** Ordinals, or -1 when the catalog does not state the value. */
	final byte[] credential;

	final byte[] format;

	final byte[] pace;

	final byte[] minPriorDegree;

	/** Decimal values as doubles, NaN when not stated. */
	final double[] tuition;

	final double[] duration;

	/** Index into {@link #countries}, or -1 when not stated. */
	final short[] country;

	final Map<String, Integer> countryIndex;

	/** One bit per {@link Audience} ordinal. */
	final int[] audiences;

	/** Taxonomy topics as bitsets of {@link #topicWords} longs per program, in taxonomy order. */
	final long[] topics;

	final int topicWords;

	final Map<String, Integer> topicIndex;

	/** Days from verification to the reference date, -1 when never verified. */
	final int[] verifiedDaysBefore;

	/**
	 * Tuition and duration for branch-free scoring: the value, 0 when not stated, beside 1 when
	 * stated and 0 when not (the hot loop multiplies instead of testing for NaN).
	 */
	final double[] tuitionOrZero;

	final double[] tuitionStated;

	final double[] durationOrZero;

	final double[] durationStated;

	/** Freshness scores for the last freshness settings asked for, computed once per snapshot. */
	private volatile Freshness freshness;

	/** Institution identity for diversity (the name up to a parenthesis, case folded). */
	final int[] institution;

	/** [goal ordinal][program] fit in [0, 1]. */
	final float[][] goalFit;

	/** [role ordinal][program] fit in [0, 1]. */
	final float[][] roleFit;

	final TextIndex text;

	private CatalogSnapshot(int version, LocalDate referenceDate, Taxonomy taxonomy, Program[] programs) {
		this.version = version;
		this.referenceDate = referenceDate;
		this.taxonomy = taxonomy;
		this.programs = programs;
		this.size = programs.length;
		this.ids = new String[size];
		this.credential = new byte[size];
		this.format = new byte[size];
		this.pace = new byte[size];
		this.minPriorDegree = new byte[size];
		this.tuition = new double[size];
		this.duration = new double[size];
		this.country = new short[size];
		this.audiences = new int[size];
		this.verifiedDaysBefore = new int[size];
		this.tuitionOrZero = new double[size];
		this.tuitionStated = new double[size];
		this.durationOrZero = new double[size];
		this.durationStated = new double[size];
		this.institution = new int[size];
		List<String> codes = taxonomy.codes();
		this.topicIndex = new HashMap<>();
		for (int t = 0; t < codes.size(); t++) {
			topicIndex.put(codes.get(t), t);
		}
		this.topicWords = Math.max(1, (codes.size() + 63) / 64);
		this.topics = new long[size * topicWords];
		this.goalFit = new float[Goal.values().length][size];
		this.roleFit = new float[Audience.values().length][size];
		this.countryIndex = new HashMap<>();
		Map<String, Integer> institutions = new HashMap<>();
		for (int i = 0; i < size; i++) {
			Program p = programs[i];
			ids[i] = p.programId();
			credential[i] = (byte) p.credential().ordinal();
			format[i] = p.deliveryFormat() == null ? -1 : (byte) p.deliveryFormat().ordinal();
			pace[i] = p.pace() == null ? -1 : (byte) p.pace().ordinal();
			minPriorDegree[i] = p.minPriorDegree() == null ? -1 : (byte) p.minPriorDegree().ordinal();
			tuition[i] = p.tuitionUsd() == null ? Double.NaN : p.tuitionUsd().doubleValue();
			duration[i] = p.durationMonths() == null ? Double.NaN : p.durationMonths().doubleValue();
			tuitionStated[i] = p.tuitionUsd() == null ? 0 : 1;
			tuitionOrZero[i] = p.tuitionUsd() == null ? 0 : tuition[i];
			durationStated[i] = p.durationMonths() == null ? 0 : 1;
			durationOrZero[i] = p.durationMonths() == null ? 0 : duration[i];
			country[i] = p.country() == null ? -1
					: (short) (int) countryIndex.computeIfAbsent(p.country(), c -> countryIndex.size());
			for (Audience audience : p.audiences()) {
				audiences[i] |= 1 << audience.ordinal();
			}
			for (String topic : p.topics()) {
				Integer t = topicIndex.get(topic);
				// A topic the taxonomy no longer has cannot match an interest; it stays in the record.
				if (t != null) {
					topics[i * topicWords + (t >>> 6)] |= 1L << (t & 63);
				}
			}
			verifiedDaysBefore[i] = p.lastVerified() == null ? -1
					: (int) Math.max(0, ChronoUnit.DAYS.between(p.lastVerified(), referenceDate));
			institution[i] = institutions.computeIfAbsent(institutionKey(p.institution()), k -> institutions.size());
			for (Goal goal : Goal.values()) {
				goalFit[goal.ordinal()][i] = GoalFit.fit(goal, p);
			}
			for (Audience role : Audience.values()) {
				roleFit[role.ordinal()][i] = RoleFit.fit(role, p);
			}
		}
		if (countryIndex.size() > Short.MAX_VALUE) {
			throw new IllegalArgumentException("More countries than ISO 3166 has");
		}
		this.text = TextIndex.build(programs);
	}

	/**
	 * Prepares a catalog version.
	 * @param version the catalog version the programs belong to
	 * @param referenceDate the date freshness is measured against: the version's publication, so
	 * that a version's answers do not change as the calendar moves on
	 * @param programs the version's programs, in any order; ids must be unique
	 * @param taxonomy the topic taxonomy
	 */
	public static CatalogSnapshot build(int version, LocalDate referenceDate, Iterable<Program> programs,
			Taxonomy taxonomy) {
		List<Program> all = new ArrayList<>();
		programs.forEach(all::add);
		Program[] sorted = all.toArray(Program[]::new);
		Arrays.sort(sorted, Comparator.comparing(Program::programId));
		for (int i = 1; i < sorted.length; i++) {
			if (sorted[i].programId().equals(sorted[i - 1].programId())) {
				throw new IllegalArgumentException("Program " + sorted[i].programId() + " appears twice");
			}
		}
		return new CatalogSnapshot(version, referenceDate, taxonomy, sorted);
	}

	public int version() {
		return version;
	}

	public LocalDate referenceDate() {
		return referenceDate;
	}

	public int size() {
		return size;
	}

	public Taxonomy taxonomy() {
		return taxonomy;
	}

	public Optional<Program> program(String programId) {
		int i = indexOf(programId);
		return i < 0 ? Optional.empty() : Optional.of(programs[i]);
	}

	/** The programs in id order. */
	public List<Program> programs() {
		return List.of(programs);
	}

	int indexOf(String programId) {
		return programId == null ? -1 : Math.max(-1, Arrays.binarySearch(ids, programId));
	}

	/**
	 * Every program's freshness score for these settings: 1 when verified at most
	 * {@code freshDays} before the reference date, {@code staleScore} from {@code staleDays} on,
	 * linear in between, 0 when never verified. Kept for the next request with the same settings.
	 */
	double[] freshness(int freshDays, int staleDays, double staleScore) {
		Freshness held = freshness;
		if (held != null && held.freshDays == freshDays && held.staleDays == staleDays
				&& held.staleScore == staleScore) {
			return held.scores;
		}
		double[] scores = new double[size];
		double slope = (1 - staleScore) / (staleDays - freshDays);
		for (int i = 0; i < size; i++) {
			int days = verifiedDaysBefore[i];
			scores[i] = days < 0 ? 0 : days <= freshDays ? 1 : days >= staleDays ? staleScore
					: 1 - slope * (days - freshDays);
		}
		freshness = new Freshness(freshDays, staleDays, staleScore, scores);
		return scores;
	}

	private record Freshness(int freshDays, int staleDays, double staleScore, double[] scores) {
	}

	boolean hasTopic(int i, int topic) {
		return (topics[i * topicWords + (topic >>> 6)] & (1L << (topic & 63))) != 0;
	}

	static String institutionKey(String institution) {
		int parenthesis = institution.indexOf('(');
		String name = parenthesis > 0 ? institution.substring(0, parenthesis) : institution;
		return name.strip().toLowerCase(Locale.ROOT);
	}

}
