package org.aimnav.ingest;

import java.util.Locale;

/**
 * An import that cannot be restarted: it finished (published, validated, rejected, unchanged) or
 * is still running. Only a failed import resumes. The web layer answers 409.
 */
public class ImportNotRestartableException extends RuntimeException {

	private final String importId;

	private final ImportStatus status;

	public ImportNotRestartableException(String importId, ImportStatus status) {
		this(importId, status, "Import " + importId + " is " + status.name().toLowerCase(Locale.ROOT)
				+ "; only a failed import can be restarted");
	}

	public ImportNotRestartableException(String importId, ImportStatus status, String message) {
		super(message);
		this.importId = importId;
		this.status = status;
	}

	public String importId() {
		return importId;
	}

	public ImportStatus status() {
		return status;
	}

}
