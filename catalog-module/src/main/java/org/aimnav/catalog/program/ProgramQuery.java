package org.aimnav.catalog.program;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A catalog search: free text, facet filters (values within one facet are alternatives, facets
 * combine with AND), upper bounds, order and page. An upper bound is never met by a program whose
 * value is not stated: the catalog does not guess that an unknown tuition is affordable.
 *
 * @param text free text matched against name, institution, description and topic synonyms
 * @param page 0-based page number
 * @param size page size, 1 to {@value #MAX_SIZE}
 */
public record ProgramQuery(
		String text,
		Set<Credential> credentials,
		Set<DeliveryFormat> deliveryFormats,
		Set<Pace> paces,
		Set<String> countries,
		Set<Audience> audiences,
		Set<String> topics,
		BigDecimal maxTuitionUsd,
		BigDecimal maxDurationMonths,
		ProgramSort sort,
		int page,
		int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 200;

	public ProgramQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		credentials = copy(credentials);
		deliveryFormats = copy(deliveryFormats);
		paces = copy(paces);
		countries = copy(countries);
		audiences = copy(audiences);
		topics = copy(topics);
		sort = sort == null ? ProgramSort.RELEVANCE : sort;
		if (page < 0) {
			throw new IllegalArgumentException("page must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
		}
	}

	/** Every program of the catalog, by name, first page. */
	public static ProgramQuery all() {
		return new ProgramQuery(null, null, null, null, null, null, null, null, null, ProgramSort.NAME, 0,
				DEFAULT_SIZE);
	}

	public ProgramQuery withPage(int page, int size) {
		return new ProgramQuery(text, credentials, deliveryFormats, paces, countries, audiences, topics,
				maxTuitionUsd, maxDurationMonths, sort, page, size);
	}

	private static <T> Set<T> copy(Set<T> values) {
		return values == null ? Set.of() : Set.copyOf(values);
	}

}
