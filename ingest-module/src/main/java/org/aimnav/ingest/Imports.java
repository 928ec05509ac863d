package org.aimnav.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Imports of catalog CSV files: what the web API, the pages and the command line call. An import
 * is a Spring Batch job instance identified by its import id; it streams the file, validates every
 * row against the catalog CSV format, stages the valid rows into a new catalog version and
 * publishes it only when the policy ({@link ImportOptions}) allows. One import runs at a time
 * across every instance sharing the database.
 */
public interface Imports {

	/**
	 * Stores an upload, checks it as a whole, and starts its import in the background.
	 * @return the run, {@code QUEUED} or already {@code RUNNING}
	 * @throws ImportRefusedException the file is refused as a whole (nothing was started; 413 when
	 * {@link ImportRefusedException#tooLarge()}, else 400)
	 * @throws ImportInProgressException another import is running (409)
	 * @throws IOException the upload could not be read or stored
	 */
	ImportRun submit(String fileName, InputStream content, ImportOptions options) throws IOException;

	/**
	 * The same as {@link #submit} for a file on disk, waiting until the import has finished: for
	 * the command line and for loading the curated catalog on first start.
	 * @param progress receives progress about twice a second while the import runs, and once at
	 * the end
	 * @return the finished run (any status but {@code QUEUED} and {@code RUNNING})
	 */
	ImportRun runAndWait(Path file, ImportOptions options, Consumer<ImportProgress> progress) throws IOException;

	/** {@link #runAndWait(Path, ImportOptions, Consumer)} for content that is not a file (a classpath resource). */
	ImportRun runAndWait(String fileName, InputStream content, ImportOptions options, Consumer<ImportProgress> progress)
			throws IOException;

	Optional<ImportRun> find(String importId);

	/** Every import, newest first. */
	List<ImportRun> history();

	/**
	 * A page of the history, newest first.
	 * @param page 0-based
	 * @param size imports a page, at most 1,000
	 */
	ImportHistory history(int page, int size);

	/**
	 * A page of an import's problems in file order (by line, then in the format's column order).
	 * @param page 0-based
	 * @param size rows per page, at most 10,000
	 */
	List<ImportProblem> problems(String importId, int page, int size);

	/** The first problems of one code (at most {@code limit}, capped at 10,000), in file order. */
	List<ImportProblem> problems(String importId, ProblemCode code, int limit);

	/** How many problems of each code an import found. */
	Map<ProblemCode, Long> countsByCode(String importId);

	/**
	 * Writes every problem of an import as CSV ({@code line,column,code,message,value,row,program_id}), streaming,
	 * with every value that a spreadsheet would run as a formula neutralised.
	 * @throws ImportNotFoundException no such import
	 */
	void writeProblemsCsv(String importId, Writer out) throws IOException;

	/**
	 * Resumes a failed import from its last committed chunk, in the background.
	 * @throws ImportNotFoundException no such import
	 * @throws ImportNotRestartableException it did not fail (or its file is gone)
	 * @throws ImportInProgressException another import is running
	 */
	ImportRun restart(String importId);

}
