package org.aimnav.ingest.job;

import org.aimnav.catalog.program.ProgramRow;
import org.aimnav.ingest.validation.CheckedRow;

/**
 * The import's per-row steps, one at a time, for the benchmark's account of where the CPU time
 * goes (the job runs them interleaved on several threads, where they cannot be timed apart).
 */
public final class StageProbe {

	private final ProgramIdIndex ids = new ProgramIdIndex();

	/** Remembers a row's id as the writer does; returns the line of an earlier use, or -1. */
	public long rememberId(CheckedRow row) {
		return row.programId() == null ? -1 : ids.firstUse(row.programId(), row.line());
	}

	/** The row in PostgreSQL's COPY text format, as the stager writes it; returns its length. */
	public static long copyText(ProgramRow row, StringBuilder out) {
		out.setLength(0);
		PostgresCopyStager.appendRow(out, row);
		return out.length();
	}

}
