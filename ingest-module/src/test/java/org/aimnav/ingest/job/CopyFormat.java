package org.aimnav.ingest.job;

import org.aimnav.catalog.program.ProgramRow;

/** The import's COPY text format, for the benchmark's reference load into the program table. */
public final class CopyFormat {

	private CopyFormat() {
	}

	/** Appends the row as the import's COPY writes it, line end included. */
	public static void appendRow(StringBuilder out, ProgramRow row) {
		PostgresCopyStager.appendRow(out, row);
	}

}
