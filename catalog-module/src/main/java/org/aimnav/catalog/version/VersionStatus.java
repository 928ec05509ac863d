package org.aimnav.catalog.version;

/** Where a catalog version stands. */
public enum VersionStatus {

	/** An import is writing it; nobody reads it. */
	STAGING,
	/** Complete and published once; current or available to activate again. */
	PUBLISHED,
	/** Its import was rejected, validated only, unchanged or abandoned; its rows are gone. */
	DISCARDED

}
