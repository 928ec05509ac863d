package org.aimnav.catalog.program;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The least a learner must already hold to be admitted; also the degree a learner states. */
public enum PriorDegree implements CodedValue {

	NONE(0), BACHELORS(1), MASTERS(2), CLINICAL_DEGREE(2), DOCTORATE(3);

	private final int level;

	PriorDegree(int level) {
		this.level = level;
	}

	/**
	 * Whether someone holding this degree meets a program's minimum. A clinical degree (MD, DO,
	 * MBBS, nursing doctorates) counts as graduate level for general admission, but only a
	 * clinical degree meets a minimum that asks for one: a PhD does not make a clinician.
	 */
	public boolean satisfies(PriorDegree required) {
		if (required == CLINICAL_DEGREE) {
			return this == CLINICAL_DEGREE;
		}
		return this.level >= required.level;
	}

	@JsonCreator
	public static PriorDegree fromCode(String code) {
		return CodedValue.require(PriorDegree.class, code);
	}

}
