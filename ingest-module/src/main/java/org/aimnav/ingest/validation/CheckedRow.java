package org.aimnav.ingest.validation;

import java.util.List;

import org.aimnav.catalog.program.Program;
import org.aimnav.ingest.ImportProblem;

/**
 * A row after validation: the program it describes when every rule holds, otherwise every problem
 * it has. The program id is kept either way (when the row has one) because an id counts as used
 * by its first occurrence, valid or not.
 *
 * @param line the physical line where the row starts
 * @param sheetRow the row a spreadsheet shows it on
 * @param programId the trimmed program id as written, or null when blank
 * @param program the valid program, or null when the row is rejected
 * @param problems the row's problems in the format's column order; empty when valid
 */
public record CheckedRow(long line, long sheetRow, String programId, Program program, List<ImportProblem> problems) {

	public CheckedRow {
		problems = List.copyOf(problems);
		if ((program == null) == problems.isEmpty()) {
			throw new IllegalArgumentException("A row is either valid or has problems");
		}
	}

	public boolean valid() {
		return program != null;
	}

}
