package org.aimnav.catalog.version;

/** A catalog version that does not exist (or whose content was discarded). */
public class VersionNotFoundException extends RuntimeException {

	private final int version;

	public VersionNotFoundException(int version) {
		this(version, "Catalog version " + version + " does not exist");
	}

	private VersionNotFoundException(int version, String message) {
		super(message);
		this.version = version;
	}

	/** A version that was staged by an import that did not publish it: its programs are gone. */
	public static VersionNotFoundException discarded(int version) {
		return new VersionNotFoundException(version, "Catalog version " + version
				+ " was discarded (its import was rejected, failed or found nothing new), so its programs are not kept");
	}

	public int version() {
		return version;
	}

}
