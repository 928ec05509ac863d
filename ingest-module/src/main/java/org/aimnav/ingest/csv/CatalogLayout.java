package org.aimnav.ingest.csv;

import java.util.List;

/**
 * How a catalog file is laid out: its delimiter, where each column of the format stands, and what
 * about that is worth a warning in the import's report.
 */
public record CatalogLayout(Delimiter delimiter, CatalogHeader header, List<String> warnings) {

	public CatalogLayout {
		warnings = List.copyOf(warnings);
	}

}
