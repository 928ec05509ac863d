package org.aimnav.ingest.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aimnav.catalog.program.CatalogColumn;
import org.aimnav.catalog.program.IndexedProgram;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramRow;
import org.aimnav.catalog.version.CatalogChecksum;
import org.aimnav.ingest.ImportProblem;
import org.aimnav.ingest.csv.CatalogLayout;
import org.aimnav.ingest.csv.CsvRow;
import org.aimnav.ingest.csv.CsvRowReader;
import org.aimnav.ingest.validation.CheckedRow;
import org.aimnav.ingest.validation.RowValidator;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The import's writer. For each chunk, in file order: rejects a row whose program id an earlier
 * row used, stages the valid programs into the new version (none on a dry run), records the
 * rejected rows' problems and adds the chunk to the import's counters and to the staged version's
 * checksum (so that publishing need not read the version back). All of it commits with the chunk,
 * so a restart neither loses nor repeats a row. The rows arrive validated, analysed and hashed
 * ({@link RowPreparer}, run ahead by {@link ReadAheadReader}): this thread's work is the database's.
 *
 * <p>A merge keeps the current values of the columns the file does not have: a sheet of a few
 * columns updates those, it does not blank the others.
 *
 * <p>A dry run stores nothing, but compares its valid rows with the version current when it
 * started: the checksum of the version a real import would make, and how many programs it would
 * add, change and leave alike, so that the dry run can say what the import would do.
 *
 * <p>Which ids were used is memory ({@link ProgramIdIndex}); the number of rows it has seen is
 * saved at each commit, and a restart rebuilds the memory by reading that many rows of the file
 * again (their ids only).
 */
class StagingWriter implements ItemWriter<PreparedRow>, ItemStream {

	static final String ROWS_SEEN = "stagingWriter.rows";

	private final String importId;

	private final Integer version;

	private final boolean merge;

	private final Path file;

	private final CatalogLayout layout;

	private final RowValidator validator;

	private final ProgramStager stager;

	/** The columns a merge keeps the current values of: those the file does not have. */
	private final Set<CatalogColumn> kept;

	private final ImportRecords records;

	private ProgramIdIndex ids;

	private CatalogChecksum checksum;

	/**
	 * The version a dry run compares its rows with, the current one when it started: a merge's
	 * reads the programs it would replace from it, and either counts what it would change; else null.
	 */
	private Integer dryRunBase;

	private long rowsSeen;

	/** @param version the version to stage into, or null for a dry run */
	StagingWriter(String importId, Integer version, boolean merge, Path file, CatalogLayout layout,
			RowValidator validator, ProgramStager stager, ImportRecords records) {
		this.importId = importId;
		this.version = version;
		this.merge = merge;
		this.file = file;
		this.layout = layout;
		this.validator = validator;
		this.stager = stager;
		this.records = records;
		this.kept = merge ? absentColumns(layout) : Set.of();
	}

	/** The format's columns a file's header does not have. */
	static Set<CatalogColumn> absentColumns(CatalogLayout layout) {
		Set<CatalogColumn> absent = EnumSet.noneOf(CatalogColumn.class);
		for (CatalogColumn column : CatalogColumn.values()) {
			if (layout.header().indexOf(column) < 0) {
				absent.add(column);
			}
		}
		return Collections.unmodifiableSet(absent);
	}

	@Override
	public void open(ExecutionContext context) throws ItemStreamException {
		ids = new ProgramIdIndex();
		rowsSeen = context.containsKey(ROWS_SEEN) ? context.getLong(ROWS_SEEN) : 0;
		// The checksum of what is staged so far was committed with the last chunk.
		ImportRecords.Stored stored = records.find(importId).orElseThrow();
		String staged = stored.stagedChecksum();
		// A dry run keeps one too, of the version it would stage (a merge's: from the current one).
		checksum = staged == null ? null : CatalogChecksum.of(staged);
		dryRunBase = version == null && checksum != null && stored.mergeBase() != null
				&& stored.mergeBase() != ImportRecords.Stored.NO_MERGE_BASE ? stored.mergeBase() : null;
		if (rowsSeen > 0) {
			rememberIdsOfFirstRows(rowsSeen);
		}
	}

	@Override
	public void update(ExecutionContext context) throws ItemStreamException {
		context.putLong(ROWS_SEEN, rowsSeen);
	}

	@Override
	public void write(Chunk<? extends PreparedRow> chunk) {
		List<ProgramRow> valid = new ArrayList<>(chunk.size());
		List<CatalogChecksum.Digest> digests = new ArrayList<>(chunk.size());
		List<ImportProblem> problems = new ArrayList<>();
		long rejected = 0;
		long bytesRead = 0;
		Integer base = version != null ? version : dryRunBase;
		Map<String, Program> current = base == null || (version != null && kept.isEmpty()) ? Map.of()
				: currentPrograms(chunk, base);
		DryRunChunk dryRun = new DryRunChunk();
		for (PreparedRow prepared : chunk) {
			CheckedRow row = prepared.checked();
			if (prepared.id() != null) {
				long firstLine = ids.firstUse(prepared.id(), row.line());
				if (firstLine >= 0) {
					row = validator.duplicate(row, firstLine);
				}
			}
			if (!row.valid()) {
				rejected++;
				problems.addAll(row.problems());
			}
			else {
				Program replaces = current.get(row.program().programId());
				if (version == null && dryRunBase != null) {
					digests.add(dryRun.count(row.program(), prepared.digest(), replaces));
				}
				else if (replaces != null) {
					Program merged = row.program().withValuesOf(replaces, kept);
					valid.add(ProgramRow.of(version, IndexedProgram.of(merged)));
					digests.add(CatalogChecksum.digest(merged));
				}
				else {
					if (version != null) {
						valid.add(prepared.row());
					}
					if (prepared.digest() != null) {
						digests.add(prepared.digest());
					}
				}
			}
			bytesRead = prepared.bytesRead();
		}
		if (!valid.isEmpty()) {
			for (Program replaced : stager.stage(version, valid, merge)) {
				checksum.remove(replaced);
			}
		}
		if (checksum != null) {
			dryRun.replaced.forEach(checksum::remove);
			digests.forEach(checksum::add);
		}
		if (dryRun.added + dryRun.changed + dryRun.unchanged > 0) {
			records.addDryRunCounts(importId, dryRun.added, dryRun.changed, dryRun.unchanged);
		}
		records.addProblems(importId, problems);
		records.addChunk(importId, chunk.size(), chunk.size() - rejected, rejected, bytesRead,
				checksum == null ? null : checksum.hex());
		rowsSeen += chunk.size();
	}

	/**
	 * What one chunk of a dry run would do to the version it is compared with: the programs it
	 * would add, change and leave alike, and those a merge would replace (out of the checksum it
	 * counts from that version's). Nothing is stored.
	 */
	private final class DryRunChunk {

		private final List<Program> replaced = new ArrayList<>();

		private long added;

		private long changed;

		private long unchanged;

		/**
		 * Counts a valid row against the program of its id in the compared version (null: none).
		 * @return the row's share of the checksum of the version a real import would make
		 */
		CatalogChecksum.Digest count(Program program, CatalogChecksum.Digest digest, Program replaces) {
			if (replaces == null) {
				added++;
				return digest;
			}
			CatalogChecksum.Digest result = digest;
			if (merge) {
				replaced.add(replaces);
				result = kept.isEmpty() ? digest : CatalogChecksum.digest(program.withValuesOf(replaces, kept));
			}
			if (result.equals(CatalogChecksum.digest(replaces))) {
				unchanged++;
			}
			else {
				changed++;
			}
			return result;
		}

	}

	/** The programs of the version being merged into that the chunk's valid rows replace, by id. */
	private Map<String, Program> currentPrograms(Chunk<? extends PreparedRow> chunk, int base) {
		List<String> ids = new ArrayList<>(chunk.size());
		for (PreparedRow prepared : chunk) {
			if (prepared.checked().valid()) {
				ids.add(prepared.checked().program().programId());
			}
		}
		Map<String, Program> byId = new HashMap<>();
		stager.find(base, ids).forEach(program -> byId.put(program.programId(), program));
		return byId;
	}

	private void rememberIdsOfFirstRows(long rows) {
		try (CsvRowReader reader = CsvRowReader.open(file, layout.delimiter())) {
			for (long i = 0; i < rows; i++) {
				CsvRow row = reader.next();
				if (row == null) {
					throw new ItemStreamException("The file has fewer rows (" + i + ") than were imported before ("
							+ rows + "); it was changed since");
				}
				String id = RowValidator.programIdOf(row, layout.header());
				if (id != null) {
					ids.firstUse(id, row.line());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
