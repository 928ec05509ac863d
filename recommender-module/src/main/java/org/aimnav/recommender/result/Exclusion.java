package org.aimnav.recommender.result;

import org.aimnav.recommender.profile.MustHave;

/**
 * A must-have that a program does not meet.
 *
 * @param constraint the must-have
 * @param notStated whether the catalog does not state the value (a blank value never meets a
 * must-have)
 * @param text why, in a sentence ("Tuition not stated, and your budget is a must-have")
 */
public record Exclusion(MustHave constraint, boolean notStated, String text) {

}
