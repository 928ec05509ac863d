package org.aimnav.ingest.job;

import org.aimnav.catalog.program.IndexedProgram;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramRow;
import org.aimnav.catalog.version.CatalogChecksum;
import org.aimnav.ingest.csv.CatalogHeader;
import org.aimnav.ingest.csv.CatalogLayout;
import org.aimnav.ingest.csv.CsvRow;
import org.aimnav.ingest.csv.Delimiter;
import org.aimnav.ingest.validation.CheckedRow;
import org.aimnav.ingest.validation.RowValidator;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The import step's processor: what is done to each row before the writer sees it: validation against every rule of the
 * format (all of the row's problems collected) and, for a valid row that will be stored, the
 * analysis of its text for search, its column values and its checksum share, and the fingerprint
 * of its id: the import's CPU-heavy work, which
 * {@link ReadAheadReader} runs on its own threads. Keeps no state; whether an id was used before
 * is the writer's question, asked in file order.
 */
final class RowPreparer implements ItemProcessor<CsvRow, PreparedRow> {

	private final RowValidator validator;

	private final CatalogHeader header;

	private final Delimiter delimiter;

	private final Integer version;

	/**
	 * @param version the version the rows are staged into; null on a dry run, which stores nothing
	 * but still gives valid rows their checksum share, to tell whether a real import would be
	 * UNCHANGED
	 */
	RowPreparer(RowValidator validator, CatalogLayout layout, Integer version) {
		this.validator = validator;
		this.header = layout.header();
		this.delimiter = layout.delimiter();
		this.version = version;
	}

	@Override
	public PreparedRow process(CsvRow row) {
		CheckedRow checked = validator.check(row, header, delimiter);
		ProgramIdIndex.Fingerprint id = checked.programId() == null ? null
				: ProgramIdIndex.Fingerprint.of(checked.programId());
		if (!checked.valid()) {
			return new PreparedRow(checked, id, null, null, row.bytesRead());
		}
		if (version == null) {
			return new PreparedRow(checked, id, null, CatalogChecksum.digest(checked.program()), row.bytesRead());
		}
		Program program = checked.program();
		return new PreparedRow(checked, id, ProgramRow.of(version, IndexedProgram.of(program)),
				CatalogChecksum.digest(program), row.bytesRead());
	}

}
