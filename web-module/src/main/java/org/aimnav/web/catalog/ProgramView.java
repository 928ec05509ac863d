package org.aimnav.web.catalog;

import java.util.List;

import org.aimnav.catalog.program.Program;

/**
 * A program as the pages show it: every value already in words ({@code Master's degree},
 * {@code $18,000}, {@code 48 months (4 years)}), {@code null} where the catalog does not know it
 * (the templates show "not stated").
 */
public record ProgramView(
		Program program,
		String credential,
		String deliveryFormat,
		String pace,
		String duration,
		String tuition,
		String country,
		String location,
		String minPriorDegree,
		List<String> audiences,
		List<String> topics) {

}
