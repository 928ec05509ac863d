package org.aimnav.ingest;

/** No import has this id. The web layer answers 404. */
public class ImportNotFoundException extends RuntimeException {

	private final String importId;

	public ImportNotFoundException(String importId) {
		super("No import has the id " + importId);
		this.importId = importId;
	}

	public String importId() {
		return importId;
	}

}
