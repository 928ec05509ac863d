package org.aimnav.ingest;

/**
 * Another import is running (on this instance or on any other sharing the database); only one
 * runs at a time. The web layer answers 409.
 */
public class ImportInProgressException extends RuntimeException {

	private final String runningImportId;

	public ImportInProgressException(String runningImportId) {
		super("Another import (" + runningImportId + ") is running; try again when it has finished");
		this.runningImportId = runningImportId;
	}

	public String runningImportId() {
		return runningImportId;
	}

}
