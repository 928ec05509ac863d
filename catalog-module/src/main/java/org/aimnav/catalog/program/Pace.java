package org.aimnav.catalog.program;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How much of a learner's week a program takes. */
public enum Pace implements CodedValue {

	FULL_TIME, PART_TIME, SELF_PACED;

	@JsonCreator
	public static Pace fromCode(String code) {
		return CodedValue.require(Pace.class, code);
	}

}
