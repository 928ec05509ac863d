package org.aimnav.catalog.version;

/** No catalog version has been published yet. */
public class NoCurrentCatalogException extends RuntimeException {

	public NoCurrentCatalogException() {
		super("No catalog has been published yet");
	}

}
