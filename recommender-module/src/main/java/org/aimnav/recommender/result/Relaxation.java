package org.aimnav.recommender.result;

import java.util.List;

import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.MustHave;

/**
 * A minimal way to loosen the must-haves so that more programs qualify: no part of it can be left
 * out and still admit a program. Either the named must-haves become preferences, or they are
 * loosened (a higher budget or duration, more formats, paces or credentials).
 *
 * @param constraint the must-haves it touches, as one string ({@code budget},
 * {@code credential+deliveryFormat})
 * @param constraints the same as a list
 * @param suggestion what to do, in a sentence ("Raise your budget to USD 5,400")
 * @param additionalMatches how many more programs qualify with the change (meet the must-haves and
 * the relevance floor): the changed profile's {@code relevantMatches} minus this one's
 * @param change the change, machine-readable
 * @param profile the changed profile, ready to send again
 */
public record Relaxation(String constraint, List<MustHave> constraints, String suggestion, int additionalMatches,
		ProfileChange change, LearnerProfile profile) {

}
