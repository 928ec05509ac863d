package org.aimnav.ingest.job;

import java.nio.file.Path;
import java.util.List;

import org.aimnav.ingest.csv.CsvFormatException;
import org.aimnav.ingest.csv.CsvRow;
import org.aimnav.ingest.csv.CsvRowReader;
import org.aimnav.ingest.csv.Delimiter;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The import's reader: the file's data rows, one at a time, through Commons CSV. Restartable: the
 * number of rows handed out is saved in the step's execution context at every commit (under
 * {@code catalogCsvReader.read.count}), and a restart reads past that many rows before going on.
 * Where the file stops being readable CSV, the reader hands out one {@linkplain CsvRow#unreadable
 * unreadable} row and ends: the rows before it are still checked and reported.
 */
class CatalogCsvReader extends AbstractItemCountingItemStreamItemReader<CsvRow> {

	static final String NAME = "catalogCsvReader";

	private final Path file;

	private final Delimiter delimiter;

	private CsvRowReader rows;

	private boolean ended;

	CatalogCsvReader(Path file, Delimiter delimiter) {
		this.file = file;
		this.delimiter = delimiter;
		setName(NAME);
	}

	@Override
	protected void doOpen() throws Exception {
		ended = false;
		rows = CsvRowReader.open(file, delimiter);
	}

	@Override
	protected CsvRow doRead() {
		if (ended) {
			return null;
		}
		try {
			return rows.next();
		}
		catch (CsvFormatException ex) {
			ended = true;
			return CsvRow.unreadable(ex, rows.bytesRead());
		}
	}

	@Override
	protected void doClose() throws Exception {
		if (rows != null) {
			rows.close();
			rows = null;
		}
	}

	/** The header's names as written; empty before {@link #open}. */
	List<String> header() {
		return rows == null ? List.of() : rows.header();
	}

	long blankRowsSkipped() {
		return rows == null ? 0 : rows.blankRowsSkipped();
	}

	long bytesRead() {
		return rows == null ? 0 : rows.bytesRead();
	}

}
