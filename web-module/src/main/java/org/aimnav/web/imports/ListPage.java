package org.aimnav.web.imports;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The page of a list of imports or of an import's problems, bound as one object so that a
 * request with both parameters wrong hears of both (as the upload and the program search answer),
 * not of the first only.
 */
final class ListPage {

	private ListPage() {
	}

	/** The import history: 100 a page by default, at most 1,000. */
	record Imports(@Parameter(description = "page from 0") @Min(0) @Max(1_000_000) Integer page,
			@Parameter(description = "imports a page, 1 to 1,000 (default 100)") @Min(1) @Max(1000) Integer size) {

		int pageOrFirst() {
			return page == null ? 0 : page;
		}

		int sizeOrDefault() {
			return size == null ? 100 : size;
		}

	}

	/** An import's problems: 1,000 a page by default, at most 10,000. */
	record Problems(@Parameter(description = "page from 0") @Min(0) @Max(1_000_000_000) Integer page,
			@Parameter(description = "problems a page, 1 to 10,000 (default 1,000)") @Min(1) @Max(10000) Integer size) {

		int pageOrFirst() {
			return page == null ? 0 : page;
		}

		int sizeOrDefault() {
			return size == null ? 1000 : size;
		}

	}

}
