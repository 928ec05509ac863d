package org.aimnav.ingest;

import java.util.Objects;

/**
 * The policy of one import.
 *
 * @param mode {@link ImportMode#REPLACE} (the default) or {@link ImportMode#MERGE}
 * @param dryRun validate and report only: nothing is staged or published
 * @param maxRejectedRows how many rejected rows still allow publishing the valid ones (default 0:
 * any rejected row stops the import from publishing)
 */
public record ImportOptions(ImportMode mode, boolean dryRun, long maxRejectedRows) {

	public ImportOptions {
		Objects.requireNonNull(mode, "mode");
		if (maxRejectedRows < 0) {
			throw new IllegalArgumentException("maxRejectedRows must be 0 or more, not " + maxRejectedRows);
		}
	}

	/** Replace the catalog, publish only when every row is valid. */
	public static ImportOptions defaults() {
		return new ImportOptions(ImportMode.REPLACE, false, 0);
	}

	public ImportOptions withMode(ImportMode value) {
		return new ImportOptions(value, dryRun, maxRejectedRows);
	}

	public ImportOptions withDryRun(boolean value) {
		return new ImportOptions(mode, value, maxRejectedRows);
	}

	public ImportOptions withMaxRejectedRows(long value) {
		return new ImportOptions(mode, dryRun, value);
	}

}
