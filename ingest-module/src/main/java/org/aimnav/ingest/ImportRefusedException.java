package org.aimnav.ingest;

/**
 * A file refused as a whole: nothing was imported and no job was started. The web layer answers
 * 413 when {@link #tooLarge()} and 400 otherwise, with {@link #getMessage()} as the detail.
 */
public class ImportRefusedException extends RuntimeException {

	private final RefusalReason reason;

	public ImportRefusedException(RefusalReason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public RefusalReason reason() {
		return reason;
	}

	public boolean tooLarge() {
		return reason == RefusalReason.TOO_LARGE;
	}

}
