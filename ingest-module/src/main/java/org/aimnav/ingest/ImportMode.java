package org.aimnav.ingest;

import java.util.Locale;

/** How an upload's rows become a catalog version. */
public enum ImportMode {

	/** The file is the whole new catalog. */
	REPLACE,
	/** The file's rows are added to, or replace rows of, a copy of the current version. */
	MERGE;

	/** The form the HTTP API and the command line use: {@code replace}, {@code merge}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Reads {@code replace} or {@code merge} in any case; fails with a message naming both. */
	public static ImportMode fromCode(String code) {
		for (ImportMode mode : values()) {
			if (mode.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
				return mode;
			}
		}
		throw new IllegalArgumentException("'" + code + "' is not an import mode; use replace or merge");
	}

}
