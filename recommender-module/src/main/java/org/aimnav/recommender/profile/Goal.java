package org.aimnav.recommender.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.aimnav.catalog.program.CodedValue;

/** What a learner wants a program to do for them. */
public enum Goal implements CodedValue {

	RESEARCH("research"),
	CLINICAL_PRACTICE("clinical practice"),
	LEADERSHIP("leadership"),
	CAREER_CHANGE("a career change"),
	UPSKILLING("upskilling");

	private final String label;

	Goal(String label) {
		this.label = label;
	}

	/** How a sentence names the goal ("your goal of clinical practice"). */
	public String label() {
		return label;
	}

	@JsonCreator
	public static Goal fromCode(String code) {
		return CodedValue.require(Goal.class, code);
	}

}
