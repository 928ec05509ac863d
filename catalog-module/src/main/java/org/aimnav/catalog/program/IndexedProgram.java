package org.aimnav.catalog.program;

import org.aimnav.catalog.search.TextAnalyzer;

/**
 * A program with the analysed words of its text columns, the form in which it is stored (search
 * reads the terms). Analysing text costs more than storing it; an import does it for many programs
 * at once, on several threads, before the rows are written.
 */
public record IndexedProgram(Program program, String nameTerms, String institutionTerms, String descriptionTerms) {

	public static IndexedProgram of(Program program) {
		return new IndexedProgram(program, TextAnalyzer.indexForm(program.programName(), 1000),
				TextAnalyzer.indexForm(program.institution(), 1000), TextAnalyzer.indexForm(program.description(), 10000));
	}

}
