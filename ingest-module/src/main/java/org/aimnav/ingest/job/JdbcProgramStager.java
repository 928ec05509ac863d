package org.aimnav.ingest.job;

import java.util.List;

import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.program.ProgramRow;

/** Stages programs through the catalog's own repository: one JDBC batch per chunk. */
class JdbcProgramStager implements ProgramStager {

	private final ProgramRepository programs;

	JdbcProgramStager(ProgramRepository programs) {
		this.programs = programs;
	}

	@Override
	public List<Program> stage(int version, List<ProgramRow> rows, boolean merge) {
		if (!merge) {
			programs.insertRows(rows);
			return List.of();
		}
		List<Program> replaced = programs.findAll(version, rows.stream().map(row -> row.program().programId()).toList());
		programs.upsertRows(rows);
		return replaced;
	}

}
