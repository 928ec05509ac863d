package org.aimnav.catalog.program;

import java.util.List;
import java.util.Map;

/**
 * One page of a catalog search. {@code facets} maps a facet name ({@code credential},
 * {@code deliveryFormat}, {@code pace}, {@code country}, {@code audience}, {@code topic}) to the
 * count of matching programs per value; each facet's counts apply every filter but its own, so a
 * person can see what choosing another value of that facet would give.
 */
public record ProgramPage(
		int catalogVersion,
		long total,
		int page,
		int size,
		List<Program> items,
		Map<String, Map<String, Long>> facets) {

	public int totalPages() {
		return (int) ((total + size - 1) / size);
	}

}
