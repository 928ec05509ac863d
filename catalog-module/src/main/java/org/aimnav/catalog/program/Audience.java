package org.aimnav.catalog.program;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Who a program is for; also the role a learner states. */
public enum Audience implements CodedValue {

	CLINICIAN, RESEARCHER, ENGINEER, DATA_SCIENTIST, EXECUTIVE, ADMINISTRATOR, STUDENT;

	@JsonCreator
	public static Audience fromCode(String code) {
		return CodedValue.require(Audience.class, code);
	}

}
