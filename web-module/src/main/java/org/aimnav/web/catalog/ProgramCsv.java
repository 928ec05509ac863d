package org.aimnav.web.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

import org.aimnav.catalog.program.CatalogColumn;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Programs written in the catalog CSV format, every cell spreadsheet-safe. */
final class ProgramCsv {

	private ProgramCsv() {
	}

	/** Writes the header, then one row per program that {@code source} hands over. */
	static void write(Writer writer, Consumer<Consumer<Program>> source) throws IOException {
		CSVPrinter printer = CSVFormat.RFC4180.builder()
			.setHeader(CatalogColumn.headers().toArray(String[]::new))
			.get()
			.print(writer);
		try {
			source.accept(program -> {
				try {
					for (CatalogColumn column : CatalogColumn.values()) {
						printer.print(SpreadsheetSafe.cell(column.valueOf(program)));
					}
					printer.println();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		printer.flush();
	}

}
