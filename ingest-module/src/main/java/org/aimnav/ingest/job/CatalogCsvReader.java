package org.aimnav.ingest.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aimnav.catalog.text.Blanks;
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

	/** Columns without a name whose values are counted (0-based). */
	private final int[] unnamed;

	/** Rows with a value under each of {@link #unnamed}, since the reader opened. */
	private final long[] valuesUnnamed;

	private CsvRowReader rows;

	private boolean ended;

	CatalogCsvReader(Path file, Delimiter delimiter) {
		this(file, delimiter, List.of());
	}

	/** @param unnamed columns without a name, whose values are ignored but counted for a warning */
	CatalogCsvReader(Path file, Delimiter delimiter, List<Integer> unnamed) {
		this.file = file;
		this.delimiter = delimiter;
		this.unnamed = unnamed.stream().mapToInt(Integer::intValue).toArray();
		this.valuesUnnamed = new long[this.unnamed.length];
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
			CsvRow row = rows.next();
			if (row != null) {
				for (int i = 0; i < unnamed.length; i++) {
					if (unnamed[i] < row.size() && !Blanks.isBlank(row.value(unnamed[i]))) {
						valuesUnnamed[i]++;
					}
				}
			}
			return row;
		}
		catch (CsvFormatException ex) {
			ended = true;
			return CsvRow.unreadable(ex, rows.bytesRead(), rows.sheetRowOf(ex.line()));
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

	/**
	 * For each column without a name that has values, how many rows have one, by its 1-based
	 * position (restarted, the rows read past again count too).
	 */
	Map<Integer, Long> valuesUnderUnnamedColumns() {
		Map<Integer, Long> counts = new LinkedHashMap<>();
		for (int i = 0; i < unnamed.length; i++) {
			if (valuesUnnamed[i] > 0) {
				counts.put(unnamed[i] + 1, valuesUnnamed[i]);
			}
		}
		return counts;
	}

	long bytesRead() {
		return rows == null ? 0 : rows.bytesRead();
	}

}
