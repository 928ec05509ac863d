package org.aimnav.ingest.job;

import java.util.ArrayList;
import java.util.List;

import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.program.ProgramRow;

/** Stages programs through the catalog's own repository, one JDBC batch per chunk: the way on H2. */
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
		// One primary-key lookup per row: H2 answers program_id IN (...) by scanning the whole
		// version (it uses an index for IN only on the index's first column), which made a merge of
		// 40,000 rows into 295,000 read 100 rows a second; a lookup here costs microseconds.
		List<Program> replaced = find(version, rows.stream().map(row -> row.program().programId()).toList());
		programs.upsertRows(rows);
		return replaced;
	}

	@Override
	public List<Program> find(int version, List<String> programIds) {
		List<Program> found = new ArrayList<>();
		for (String programId : programIds) {
			programs.find(version, programId).ifPresent(found::add);
		}
		return found;
	}

}
