package org.aimnav.ingest.job;

import java.util.List;

import org.aimnav.catalog.program.IndexedProgram;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramRepository;

/** Stages programs through the catalog's own repository: one JDBC batch per chunk. */
class JdbcProgramStager implements ProgramStager {

	private final ProgramRepository programs;

	JdbcProgramStager(ProgramRepository programs) {
		this.programs = programs;
	}

	@Override
	public List<Program> stage(int version, List<IndexedProgram> chunk, boolean merge) {
		if (!merge) {
			programs.insertIndexed(version, chunk);
			return List.of();
		}
		List<Program> replaced = programs.findAll(version, chunk.stream().map(p -> p.program().programId()).toList());
		programs.upsertIndexed(version, chunk);
		return replaced;
	}

}
