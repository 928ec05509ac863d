package org.aimnav.catalog.version;

/** Only a published version can be made current. */
public class VersionNotActivatableException extends RuntimeException {

	public VersionNotActivatableException(int version, VersionStatus status) {
		super("Catalog version " + version + " is " + status.name().toLowerCase()
				+ "; only a published version can be made current");
	}

}
