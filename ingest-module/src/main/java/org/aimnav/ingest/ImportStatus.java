package org.aimnav.ingest;

/** Where an import stands; the values of the HTTP API's {@code Import.status}. */
public enum ImportStatus {

	/** Accepted and waiting for a thread to run it. */
	QUEUED,
	/** Reading, validating and staging rows, or deciding whether to publish. */
	RUNNING,
	/** A new catalog version was published and made current. */
	PUBLISHED,
	/** A dry run whose rejected rows were within the policy: nothing was published. */
	VALIDATED,
	/** More rows were rejected than the policy allows (or none was valid): nothing was published. */
	REJECTED,
	/** An error stopped the import (or the process running it stopped): nothing was published. */
	FAILED,
	/** The file holds exactly the current catalog's content: no new version was created. */
	UNCHANGED;

	/** Whether the import has stopped for good or for a restart (it holds no lock any more). */
	public boolean finished() {
		return this != QUEUED && this != RUNNING;
	}

}
