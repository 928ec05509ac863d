package org.aimnav.catalog.program;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The kind of award a program leads to. */
public enum Credential implements CodedValue {

	PHD, MASTERS, GRADUATE_CERTIFICATE, PROFESSIONAL_CERTIFICATE, SHORT_COURSE, EXECUTIVE_EDUCATION;

	@JsonCreator
	public static Credential fromCode(String code) {
		return CodedValue.require(Credential.class, code);
	}

}
