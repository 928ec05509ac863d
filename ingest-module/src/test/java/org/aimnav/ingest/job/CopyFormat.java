package org.aimnav.ingest.job;

/** The import's COPY text format, for the benchmark's reference load into the program table. */
public final class CopyFormat {

	private CopyFormat() {
	}

	public static void append(StringBuilder out, Object value) {
		PostgresCopyStager.append(out, value);
	}

}
