package org.aimnav.recommender.evaluation;

import java.util.Map;

import org.aimnav.recommender.profile.LearnerProfile;

/** One profile of the evaluation set with graded judgments (0 to 3) of the curated programs. */
record LabelledProfile(String id, String description, LearnerProfile profile, Map<String, Integer> judgments) {

	int grade(String programId) {
		return judgments.getOrDefault(programId, 0);
	}

}
