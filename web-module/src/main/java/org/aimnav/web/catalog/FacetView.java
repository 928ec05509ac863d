package org.aimnav.web.catalog;

import java.util.List;

/** One facet as the programs page shows it: a titled group of checkboxes with counts. */
record FacetView(String name, String titleKey, List<Option> options) {

	record Option(String value, String label, long count, boolean selected) {
	}

}
