package org.aimnav.recommender.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;

import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.recommender.profile.LearnerProfile;

/**
 * The simple baseline the recommender must beat: rank programs by the share of the learner's
 * interest topics they carry (the topics of the profile and those its free text names by synonym),
 * ties by program id, nothing else: no must-haves, no other preferences, no diversity. A plain
 * linear scan over the program records; the benchmarks use it as their reference too.
 */
public final class InterestOverlapBaseline {

	private final List<Program> programs;

	private final Taxonomy taxonomy;

	public InterestOverlapBaseline(List<Program> programs, Taxonomy taxonomy) {
		this.programs = List.copyOf(programs);
		this.taxonomy = taxonomy;
	}

	/** Program ids with at least one interest in common, best first, at most the profile's limit. */
	public List<String> recommend(LearnerProfile profile) {
		Set<String> interests = interests(profile);
		if (interests.isEmpty()) {
			return List.of();
		}
		Comparator<Scored> worstFirst = Comparator.comparingDouble(Scored::score)
			.thenComparing(Scored::id, Comparator.reverseOrder());
		PriorityQueue<Scored> top = new PriorityQueue<>(worstFirst);
		for (Program program : programs) {
			int common = 0;
			for (String topic : program.topics()) {
				if (interests.contains(topic)) {
					common++;
				}
			}
			if (common > 0) {
				top.add(new Scored(program.programId(), (double) common / interests.size()));
				if (top.size() > profile.limit()) {
					top.poll();
				}
			}
		}
		List<Scored> best = new ArrayList<>(top);
		best.sort(worstFirst.reversed());
		return best.stream().map(Scored::id).toList();
	}

	private Set<String> interests(LearnerProfile profile) {
		Set<String> interests = new LinkedHashSet<>(profile.interests());
		if (profile.interestsText() != null) {
			String[] words = profile.interestsText().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
			for (int n = 1; n <= 3; n++) {
				for (int at = 0; at + n <= words.length; at++) {
					String phrase = String.join(" ", Arrays.copyOfRange(words, at, at + n));
					taxonomy.findBySynonym(phrase).ifPresent(t -> interests.add(t.code()));
				}
			}
		}
		return interests;
	}

	private record Scored(String id, double score) {
	}

}
