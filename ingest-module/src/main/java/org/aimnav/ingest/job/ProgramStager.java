package org.aimnav.ingest.job;

import java.util.List;

import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramRow;

/** Writes a chunk's valid programs into the version being staged, in the chunk's transaction. */
interface ProgramStager {

	/**
	 * @param version the version being staged, which every row names
	 * @param merge whether the version is a copy of the current one whose programs with the same
	 * ids the chunk replaces; otherwise it holds only this file's programs and the ids are new
	 * @return the programs the chunk replaced (none unless merging), to take out of the checksum
	 */
	List<Program> stage(int version, List<ProgramRow> rows, boolean merge);

	/** The programs with these ids that a version holds (a merge's copy of the current version), in any order. */
	List<Program> find(int version, List<String> programIds);

}
