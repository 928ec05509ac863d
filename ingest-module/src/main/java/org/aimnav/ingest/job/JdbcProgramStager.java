package org.aimnav.ingest.job;

import java.util.List;

import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramRepository;

/** Stages programs through the catalog's own repository: one JDBC batch per chunk. */
class JdbcProgramStager implements ProgramStager {

	private final ProgramRepository programs;

	JdbcProgramStager(ProgramRepository programs) {
		this.programs = programs;
	}

	@Override
	public List<Program> stage(int version, List<Program> chunk, boolean merge) {
		if (!merge) {
			programs.insertAll(version, chunk);
			return List.of();
		}
		List<Program> replaced = programs.findAll(version, chunk.stream().map(Program::programId).toList());
		programs.upsertAll(version, chunk);
		return replaced;
	}

}
