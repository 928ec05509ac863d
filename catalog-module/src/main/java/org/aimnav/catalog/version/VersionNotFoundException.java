package org.aimnav.catalog.version;

/** A catalog version that does not exist (or whose content was discarded). */
public class VersionNotFoundException extends RuntimeException {

	private final int version;

	public VersionNotFoundException(int version) {
		super("Catalog version " + version + " does not exist");
		this.version = version;
	}

	public int version() {
		return version;
	}

}
