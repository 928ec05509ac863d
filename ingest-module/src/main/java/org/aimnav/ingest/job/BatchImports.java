package org.aimnav.ingest.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.aimnav.catalog.program.SpreadsheetSafe;
import org.aimnav.ingest.ImportHistory;
import org.aimnav.ingest.ImportInProgressException;
import org.aimnav.ingest.ImportNotFoundException;
import org.aimnav.ingest.ImportNotRestartableException;
import org.aimnav.ingest.ImportOptions;
import org.aimnav.ingest.ImportProblem;
import org.aimnav.ingest.ImportProgress;
import org.aimnav.ingest.ImportRefusedException;
import org.aimnav.ingest.ImportRun;
import org.aimnav.ingest.ImportStatus;
import org.aimnav.ingest.Imports;
import org.aimnav.ingest.ProblemCode;
import org.aimnav.ingest.csv.CatalogFileCheck;
import org.aimnav.ingest.csv.Delimiter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** {@link Imports} on Spring Batch: one job instance per upload, launched on the import threads. */
class BatchImports implements Imports {

	/** How often {@link #runAndWait} reports progress. */
	private static final long PROGRESS_MILLIS = 500;

	private static final int MAX_PAGE_SIZE = 10_000;

	private static final int MAX_HISTORY_PAGE_SIZE = 1_000;

	private final ImportRecords records;

	private final ImportLock lock;

	private final UploadStore uploads;

	private final ImportJobLauncher launcher;

	private final ImportExecutor executor;

	private final ImportRecovery recovery;

	BatchImports(ImportRecords records, ImportLock lock, UploadStore uploads, ImportJobLauncher launcher,
			ImportExecutor executor, ImportRecovery recovery) {
		this.records = records;
		this.lock = lock;
		this.uploads = uploads;
		this.launcher = launcher;
		this.executor = executor;
		this.recovery = recovery;
	}

	@Override
	public ImportRun submit(String fileName, InputStream content, ImportOptions options) throws IOException {
		return launch(fileName, content, options, null);
	}

	@Override
	public ImportRun runAndWait(Path file, ImportOptions options, Consumer<ImportProgress> progress) throws IOException {
		try (InputStream content = Files.newInputStream(file)) {
			return runAndWait(file.getFileName().toString(), content, options, progress);
		}
	}

	@Override
	public ImportRun runAndWait(String fileName, InputStream content, ImportOptions options,
			Consumer<ImportProgress> progress) throws IOException {
		CompletableFuture<Void> finished = new CompletableFuture<>();
		ImportRun run = launch(fileName, content, options, finished);
		return await(run.importId(), finished, progress);
	}

	/**
	 * Stores, checks, locks and launches. The lock is looked at before the upload is stored (a
	 * busy importer answers at once) and taken after the checks (a refused file never holds it).
	 */
	private ImportRun launch(String fileName, InputStream content, ImportOptions options,
			CompletableFuture<Void> finished) throws IOException {
		recovery.recover(false);
		lock.holder().filter(ImportLock.Holder::leaseRuns).ifPresent(holder -> {
			throw new ImportInProgressException(holder.importId());
		});
		String importId = UUID.randomUUID().toString();
		UploadStore.Stored stored = uploads.store(importId, content);
		try {
			CatalogFileCheck.inspect(stored.file(), stored.scan());
			lock.acquire(importId);
		}
		catch (ImportRefusedException | ImportInProgressException ex) {
			uploads.delete(stored.file());
			throw ex;
		}
		try {
			records.create(importId, fileName, stored.file().toString(), stored.scan().sha256(), stored.scan().size(),
					options);
			if (finished != null) {
				executor.whenFinished(importId).whenComplete((result, error) -> finished.complete(null));
			}
			launcher.start(new ImportParameters(importId, stored.file(), options));
		}
		catch (RuntimeException ex) {
			giveUp(importId, ex);
			throw ex;
		}
		return require(importId);
	}

	private ImportRun await(String importId, CompletableFuture<Void> finished, Consumer<ImportProgress> progress) {
		while (true) {
			try {
				finished.get(PROGRESS_MILLIS, TimeUnit.MILLISECONDS);
				ImportRun run = require(importId);
				progress.accept(run.progress());
				return run;
			}
			catch (TimeoutException ex) {
				progress.accept(require(importId).progress());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return require(importId);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException(ex.getCause());
			}
		}
	}

	@Override
	public Optional<ImportRun> find(String importId) {
		return records.find(importId).map(ImportRecords.Stored::run);
	}

	@Override
	public List<ImportRun> history() {
		return records.history().stream().map(ImportRecords.Stored::run).toList();
	}

	@Override
	public ImportHistory history(int page, int size) {
		if (page < 0 || size < 1 || size > MAX_HISTORY_PAGE_SIZE) {
			throw new IllegalArgumentException("page must be 0 or more and size between 1 and " + MAX_HISTORY_PAGE_SIZE);
		}
		long total = records.count();
		return new ImportHistory(records.history((long) page * size, size).stream().map(ImportRecords.Stored::run)
			.toList(), total, page, size);
	}

	@Override
	public List<ImportProblem> problems(String importId, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
		}
		require(importId);
		return records.problems(importId, (long) page * size, size);
	}

	@Override
	public List<ImportProblem> problems(String importId, ProblemCode code, int limit) {
		require(importId);
		return records.problems(importId, code, Math.max(0, Math.min(limit, 10_000)));
	}

	@Override
	public Map<ProblemCode, Long> countsByCode(String importId) {
		return require(importId).countsByCode();
	}

	@Override
	public void writeProblemsCsv(String importId, Writer out) throws IOException {
		ImportRun run = require(importId);
		// A report for people, opened in a spreadsheet: the byte-order mark makes Excel read it as
		// UTF-8 (without it, accents in values and messages come out garbled).
		out.write('\uFEFF');
		CSVPrinter printer = CSVFormat.RFC4180.builder()
			// A file uploaded with semicolons came from a spreadsheet whose list separator is one: it
			// opens a report with commas as one column a line.
			.setDelimiter(Delimiter.SEMICOLON.label().equals(run.delimiter()) ? ';' : ',')
			// row and program_id came later: last, so that readers of the first five columns read on.
			.setHeader("line", "column", "code", "message", "value", "row", "program_id")
			.get()
			.print(out);
		try {
			records.forEachProblem(importId, problem -> {
				try {
					printer.printRecord(problem.line(), SpreadsheetSafe.cell(problem.column()), problem.code().name(),
							SpreadsheetSafe.cell(problem.message()), SpreadsheetSafe.cell(problem.visibleValue()), problem.row(),
							SpreadsheetSafe.cell(problem.programId()));
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

	@Override
	public ImportRun restart(String importId) {
		ImportRecords.Stored stored = records.find(importId).orElseThrow(() -> new ImportNotFoundException(importId));
		if (!stored.run().status().finished()) {
			recovery.recover(false);
			stored = records.find(importId).orElseThrow();
		}
		ImportStatus status = stored.run().status();
		if (status != ImportStatus.FAILED) {
			throw new ImportNotRestartableException(importId, status);
		}
		Path file = Path.of(stored.storedFile());
		if (!Files.isRegularFile(file) || !stored.run().sha256().equals(sha256(file))) {
			throw new ImportNotRestartableException(importId, status, "Import " + importId
					+ " cannot be restarted: its stored file is gone or was changed. Upload the file again.");
		}
		lock.acquire(importId);
		try {
			records.restarted(importId);
			launcher.restart(new ImportParameters(importId, file, new ImportOptions(stored.run().mode(),
					stored.run().dryRun(), stored.run().maxRejectedRows())));
		}
		catch (RuntimeException ex) {
			giveUp(importId, ex);
			throw ex;
		}
		return require(importId);
	}

	/** An import whose job could not be launched: failed (restartable), and its lock freed. */
	private void giveUp(String importId, RuntimeException cause) {
		try {
			if (records.find(importId).isPresent()) {
				records.finish(importId, ImportStatus.FAILED, null, "The import could not be started: "
						+ cause.getMessage() + ". Nothing was published; restart it.");
			}
		}
		finally {
			lock.release(importId);
		}
	}

	private ImportRun require(String importId) {
		return find(importId).orElseThrow(() -> new ImportNotFoundException(importId));
	}

	private static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			return "";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
