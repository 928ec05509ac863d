package org.aimnav.catalog.program;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How a program is taught. */
public enum DeliveryFormat implements CodedValue {

	ONLINE, IN_PERSON, HYBRID;

	@JsonCreator
	public static DeliveryFormat fromCode(String code) {
		return CodedValue.require(DeliveryFormat.class, code);
	}

}
