package org.aimnav.catalog.version;

import java.util.List;

/**
 * What changed from version {@code from} to version {@code to}: ids added, ids removed, and for
 * programs in both, the fields whose values differ.
 */
public record VersionDiff(int from, int to, List<String> added, List<String> removed, List<Change> changed) {

	public record Change(String programId, List<FieldChange> fields) {
	}

	/** A field in the CSV format's column naming, with its values rendered as in the CSV. */
	public record FieldChange(String field, String before, String after) {
	}

}
