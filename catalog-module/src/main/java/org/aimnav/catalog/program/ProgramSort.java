package org.aimnav.catalog.program;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Orders of a catalog listing. Ties always fall back to the program name, then the id, so that a
 * listing is stable from page to page. Unknown tuition or duration sorts last.
 */
public enum ProgramSort implements CodedValue {

	/** Best text match first; the same as {@link #NAME} when there is no text query. */
	RELEVANCE,
	/** Cheapest first. */
	TUITION,
	/** Shortest first. */
	DURATION,
	/** Alphabetical by program name. */
	NAME;

	@JsonCreator
	public static ProgramSort fromCode(String code) {
		return CodedValue.require(ProgramSort.class, code);
	}

}
