package org.aimnav.ingest.job;

import org.aimnav.ingest.csv.CatalogHeader;
import org.aimnav.ingest.csv.CsvRow;
import org.aimnav.ingest.validation.CheckedRow;
import org.aimnav.ingest.validation.RowValidator;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The import's processor: validates a row against every rule of the format, collecting all its
 * problems. It never filters a row out (a rejected row is still written: its problems are), and it
 * keeps no state.
 */
class RowProcessor implements ItemProcessor<CsvRow, CheckedRow> {

	private final RowValidator validator;

	private final CatalogHeader header;

	RowProcessor(RowValidator validator, CatalogHeader header) {
		this.validator = validator;
		this.header = header;
	}

	@Override
	public CheckedRow process(CsvRow row) {
		return validator.check(row, header);
	}

}
