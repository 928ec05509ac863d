package org.aimnav.recommender.result;

import java.util.List;

import org.aimnav.recommender.profile.MustHave;

/**
 * A minimal set of must-haves that no program meets together (among the programs that match the
 * learner's interests): dropping any one of them would admit a program.
 *
 * @param constraints the must-haves in conflict
 * @param text the conflict in a sentence ("No program matching your interests is a PhD and online")
 */
public record Conflict(List<MustHave> constraints, String text) {

}
