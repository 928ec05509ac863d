package org.aimnav.catalog.taxonomy;

import java.util.List;

/**
 * One topic of the taxonomy: its code as written in the CSV format, a label for people, the group
 * it is shown under, and synonyms that search and recommendation read as this topic.
 */
public record Topic(String code, String label, String group, List<String> synonyms) {

	public Topic {
		synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
	}

}
