package org.aimnav.web.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.OptionalLong;

import org.aimnav.ingest.ImportInProgressException;
import org.aimnav.ingest.ImportMode;
import org.aimnav.ingest.ImportOptions;
import org.aimnav.ingest.ImportProblem;
import org.aimnav.ingest.ImportProgress;
import org.aimnav.ingest.ImportRefusedException;
import org.aimnav.ingest.ImportRun;
import org.aimnav.ingest.ImportStatus;
import org.aimnav.ingest.Imports;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: {@code java -jar aim-navigator.jar import FILE [--dry-run] [--max-rejected N]
 * [--merge] [--name=value ...]}. Imports a catalog file into the platform's database (the same
 * settings as the server, for example {@code --aimnav.data-dir=...}) without starting the web
 * server, shows a progress line while it runs and a summary at the end.
 *
 * <p>
 * Exit codes: 0 published (or, for a dry run, validated); 2 rejected by the policy; 3 unchanged (the
 * file equals the current catalog, nothing published); 1 failed; 65 the file was refused as a whole;
 * 66 no such file; 75 another import is running; 64 wrong usage.
 */
public final class ImportCommand {

	static final int PUBLISHED = 0;

	static final int FAILED = 1;

	static final int REJECTED = 2;

	static final int UNCHANGED = 3;

	static final int USAGE = 64;

	static final int REFUSED = 65;

	static final int NO_FILE = 66;

	static final int BUSY = 75;

	/** {@code org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1}. */
	private static final int H2_DATABASE_ALREADY_OPEN = 90020;

	static final String USAGE_TEXT = """
			Usage: java -jar aim-navigator.jar import FILE [--dry-run] [--max-rejected N] [--merge] [--name=value ...]
			  --dry-run          validate and report only; publish nothing
			  --max-rejected N   publish the valid rows when at most N rows are rejected (default 0)
			  --merge            add or replace the file's programs in a copy of the current catalog
			                     (default: the file is the whole new catalog)
			  --name=value       any setting of the platform (a dotted name), for example --aimnav.data-dir=/srv/aimnav
			Exit codes: 0 published or validated, 2 rejected, 3 unchanged, 1 failed, 65 refused,
			66 no such file, 75 another import is running, 64 wrong usage.""";

	private static final int PROBLEMS_SHOWN = 20;

	private final PrintStream out;

	private final PrintStream err;

	private final Clock clock;

	ImportCommand(PrintStream out, PrintStream err, Clock clock) {
		this.out = out;
		this.err = err;
		this.clock = clock;
	}

	/** Runs the command with the arguments after {@code import}; returns the exit code. */
	public static int run(Class<?> application, String[] args) {
		return new ImportCommand(System.out, System.err, Clock.systemUTC()).execute(application, args);
	}

	int execute(Class<?> application, String[] args) {
		Arguments arguments;
		try {
			arguments = Arguments.parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println(USAGE_TEXT);
			return USAGE;
		}
		if (arguments.help()) {
			out.println(USAGE_TEXT);
			return PUBLISHED;
		}
		if (!Files.isRegularFile(arguments.file())) {
			err.println((Files.isDirectory(arguments.file()) ? "This is a folder, not a file: " : "No such file: ")
					+ arguments.file());
			return NO_FILE;
		}
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				// The command says what went wrong in one line (below), not Spring's start-up report.
				// It serves nothing: preparing the current version for search and recommendations
				// would only compete with the import for the processors.
				.properties("aimnav.catalog.load-curated=false", "aimnav.catalog.prepare-current=false",
						"logging.level.root=WARN",
						"logging.level.org.springframework.boot.SpringApplication=OFF",
						"logging.level.org.springframework.boot.diagnostics=OFF",
						"logging.level.org.springframework.context=ERROR",
						"logging.level.org.flywaydb.core.internal.database.base.Database=ERROR")
				.run(arguments.springArguments().toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			boolean inUse = databaseInUse(ex);
			err.println(inUse ? "The database of this data folder is in use by another process (is the platform "
					+ "running on it?). Import through its page or API, or stop it first."
					: "The platform could not start: " + rootMessage(ex));
			return inUse ? BUSY : FAILED;
		}
		// Told to end (Ctrl-C, SIGTERM), the JVM closes the application under the import: the
		// command then says what became of it instead of printing the database's complaints.
		// The JVM ends once its shutdown hooks have run, wherever the command is: the hook says it.
		ProgressLine progress = new ProgressLine(err, clock, arguments.file().getFileName().toString());
		AtomicBoolean ending = new AtomicBoolean();
		Thread whenEnding = new Thread(() -> {
			if (ending.compareAndSet(false, true)) {
				// What the import's threads log while the database closes under them is of no use here.
				LoggingSystem.get(ImportCommand.class.getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME,
						LogLevel.OFF);
				progress.end();
				err.println(stopped(progress.importId()));
				err.flush();
			}
		}, "import-command-ending");
		Runtime.getRuntime().addShutdownHook(whenEnding);
		try (context) {
			return importFile(context.getBean(Imports.class), arguments, progress, ending,
					database(context.getEnvironment().getProperty("spring.datasource.url")));
		}
		finally {
			try {
				Runtime.getRuntime().removeShutdownHook(whenEnding);
			}
			catch (IllegalStateException alreadyEnding) {
				// The hooks are running: nothing to remove.
			}
		}
	}

	/** H2's "database may be already in use" (error 90020): another process holds the file. */
	static boolean databaseInUse(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
	}

	/**
	 * The database an import went into, as the summary names it: a mistyped setting
	 * ({@code --aimnav.dat-dir=}) is ignored like any unknown one, and the import lands in a new
	 * database in {@code ./data}. Without its parameters, which may hold credentials.
	 */
	static String database(String url) {
		if (url == null) {
			return "unknown";
		}
		int end = url.length();
		for (char separator : new char[] { '?', ';' }) {
			int at = url.indexOf(separator);
			end = at >= 0 ? Math.min(end, at) : end;
		}
		return url.substring(0, end).replaceAll("//[^/@]*@", "//");
	}

	private int importFile(Imports imports, Arguments arguments, ProgressLine progress, AtomicBoolean ending,
			String database) {
		ImportRun run;
		try {
			run = imports.runAndWait(arguments.file(), arguments.options(), progress::show);
		}
		catch (ImportRefusedException ex) {
			progress.end();
			err.println("Refused: " + ex.getMessage());
			return REFUSED;
		}
		catch (ImportInProgressException ex) {
			progress.end();
			err.println(ex.getMessage());
			return BUSY;
		}
		catch (IOException ex) {
			progress.end();
			err.println("Cannot read " + arguments.file() + ": " + reason(ex));
			return NO_FILE;
		}
		catch (RuntimeException ex) {
			if (!ending.get()) {
				throw ex;
			}
			// The application was closed under the import; the shutdown hook has said so.
			return FAILED;
		}
		if (!ending.compareAndSet(false, true)) {
			// Stopped with the application (it reads FAILED): the shutdown hook has said so.
			return FAILED;
		}
		// Finished: the summary below says what became of it, not the shutdown hook.
		progress.end();
		printSummary(run, imports, database);
		return exitCode(run);
	}

	/**
	 * Why a file could not be read, in words: Java's exceptions for the common cases carry only the
	 * file's name ("Cannot read x.csv: x.csv").
	 */
	static String reason(IOException ex) {
		if (ex instanceof java.nio.file.AccessDeniedException) {
			return "permission denied (the user running this command may not read it)";
		}
		if (ex instanceof java.nio.file.NoSuchFileException) {
			return "no such file";
		}
		return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
	}

	/** What became of an import whose process was told to end (Ctrl-C, SIGTERM) while it ran. */
	static String stopped(String importId) {
		return "Stopped: the process was told to end during the import; nothing was published. "
				+ (importId == null ? "Run this command again."
						: "The import (" + importId + ") can be restarted where it stopped: start the platform on "
								+ "this data folder and restart it there (POST /api/v1/imports/" + importId
								+ "/restart); running this command again imports the file from its start instead.");
	}

	static int exitCode(ImportRun run) {
		return switch (run.status()) {
			case PUBLISHED -> PUBLISHED;
			case VALIDATED -> run.dryRun() ? PUBLISHED : REJECTED;
			case UNCHANGED -> UNCHANGED;
			case REJECTED -> REJECTED;
			default -> FAILED;
		};
	}

	private void printSummary(ImportRun run, Imports imports, String database) {
		Duration took = run.duration(clock);
		out.println(run.status() + ": " + (run.message() == null ? "" : run.message()));
		out.printf(Locale.ROOT, "  file        %s (%,d bytes, SHA-256 %s)%n", run.fileName(), run.bytesTotal(),
				run.sha256());
		out.println("  database    " + database + (run.status() == ImportStatus.PUBLISHED && run.replacedVersion() == null
				? " (it held no catalog before: if you meant another, see --aimnav.data-dir)" : ""));
		out.printf(Locale.ROOT, "  policy      %s, %s%s%n", run.mode() == ImportMode.MERGE ? "merge" : "replace",
				run.maxRejectedRows() == 0 ? "no rejected row allowed" : String.format(Locale.ROOT, "up to %,d rejected "
						+ "row%s allowed", run.maxRejectedRows(), run.maxRejectedRows() == 1 ? "" : "s"),
				run.dryRun() ? ", dry run" : "");
		out.printf(Locale.ROOT, "  rows        %,d read, %,d valid, %,d rejected%n", run.rowsRead(), run.rowsValid(),
				run.rowsRejected());
		if (run.catalogVersion() != null) {
			out.println("  version     " + run.catalogVersion());
		}
		out.printf(Locale.ROOT, "  took        %.1f s (%,.0f rows/s)%n", took.toMillis() / 1000.0,
				run.progress().rowsPerSecond(took));
		run.warnings().forEach(warning -> out.println("  warning     " + warning));
		run.countsByCode().forEach((code, count) -> out.printf(Locale.ROOT, "  %-11s %,d%n", code, count));
		if (run.problemCount() > 0) {
			List<ImportProblem> first = imports.problems(run.importId(), 0, PROBLEMS_SHOWN);
			out.println("  first problems (line (spreadsheet row), program, column, code: message [value]):");
			first.forEach(p -> out.printf(Locale.ROOT, "    %d (%d), %s, %s, %s: %s%s%n", p.line(), p.row(),
					p.programId() == null ? "-" : p.programId(), p.column() == null ? "-" : p.column(), p.code(),
					p.message(), p.value() == null ? "" : " [" + p.visibleValue() + "]"));
			if (run.problemCount() > first.size()) {
				out.printf(Locale.ROOT, "    ... %,d more; the whole report: GET /api/v1/imports/%s/errors.csv%n",
						run.problemCount() - first.size(), run.importId());
			}
		}
	}

	/** The parsed command line. */
	record Arguments(Path file, ImportOptions options, List<String> springArguments, boolean help) {

		static Arguments parse(String[] args) {
			Path file = null;
			ImportOptions options = ImportOptions.defaults();
			List<String> spring = new ArrayList<>();
			boolean help = false;
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (arg.equals("--help") || arg.equals("-h")) {
					help = true;
				}
				else if (arg.equals("--dry-run")) {
					options = options.withDryRun(true);
				}
				else if (arg.equals("--merge")) {
					options = options.withMode(ImportMode.MERGE);
				}
				else if (arg.equals("--max-rejected") || arg.startsWith("--max-rejected=")) {
					String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
							: i + 1 < args.length ? args[++i] : null;
					options = options.withMaxRejectedRows(count(value));
				}
				else if (arg.startsWith("--") && arg.contains("=") && arg.substring(0, arg.indexOf('=')).contains(".")) {
					// The platform's settings all have dotted names (aimnav.data-dir, server.port).
					spring.add(arg);
				}
				else if (arg.startsWith("-")) {
					throw new IllegalArgumentException(unknownOption(arg));
				}
				else if (file == null) {
					file = Path.of(arg);
				}
				else {
					throw new IllegalArgumentException("Only one file can be imported at a time; also got " + arg);
				}
			}
			if (file == null && !help) {
				throw new IllegalArgumentException("Which file? Give the CSV file to import.");
			}
			return new Arguments(file, options, spring, help);
		}

		/**
		 * Why an option is refused, with the option it may mean: {@code --dry-run=true} or
		 * {@code --mode=merge} left out would publish or replace where a dry run or a merge was meant.
		 */
		static String unknownOption(String arg) {
			int equals = arg.indexOf('=');
			String name = equals < 0 ? arg : arg.substring(0, equals);
			String compact = UploadFields.compact(name);
			String value = equals < 0 ? "" : arg.substring(equals + 1).toLowerCase(Locale.ROOT);
			String meant = switch (compact) {
				case "dryrun" -> "--dry-run";
				case "merge" -> "--merge";
				case "mode" -> value.equals("merge") ? "--merge" : value.equals("replace") ? "no option (replace is the "
						+ "default)" : "--merge";
				case "maxrejected", "maxrejectedrows" -> "--max-rejected N";
				default -> null;
			};
			if (meant == null) {
				return "Unknown option " + arg + "; the options are --dry-run, --max-rejected N and --merge, and "
						+ "settings of the platform are written --name=value with a dotted name (--aimnav.data-dir=...)";
			}
			return "Unknown option " + arg + "; did you mean " + meant + "? "
					+ (name.equals("--dry-run") || name.equals("--merge") ? name + " takes no value. " : "")
					+ "Nothing was imported.";
		}

		private static long count(String value) {
			try {
				long count = Long.parseLong(value);
				if (count >= 0) {
					return count;
				}
			}
			catch (NumberFormatException | NullPointerException ex) {
				// Falls through to the message below.
			}
			throw new IllegalArgumentException("--max-rejected needs a number of rows, 0 or more"
					+ (value == null ? "" : "; got " + value));
		}

	}

	/** One line that updates in place on a terminal, or a line every few seconds in a log. */
	static final class ProgressLine {

		private final PrintStream err;

		private final Clock clock;

		private final String name;

		private final boolean terminal = System.console() != null;

		private final long started;

		private long lastPrinted;

		private boolean printed;

		private volatile String importId;

		private volatile boolean ended;

		/** The import shown, once its first progress arrived. */
		String importId() {
			return importId;
		}

		ProgressLine(PrintStream err, Clock clock, String name) {
			this.err = err;
			this.clock = clock;
			this.name = name;
			this.started = clock.millis();
		}

		void show(ImportProgress progress) {
			importId = progress.importId();
			if (ended) {
				return; // the command has said how it ended: no progress line after that
			}
			long now = clock.millis();
			if (!terminal && now - lastPrinted < 2000 && !progress.status().finished()) {
				return;
			}
			lastPrinted = now;
			Duration elapsed = Duration.ofMillis(now - started);
			OptionalLong secondsLeft = progress.secondsLeft(elapsed);
			String left = secondsLeft.isPresent()
					? String.format(Locale.ROOT, " · about %d s left", secondsLeft.getAsLong()) : "";
			String line = String.format(Locale.ROOT, "Importing %s: %3d%% · %,d rows · %,.0f rows/s%s", name,
					progress.percent(), progress.rowsRead(), progress.rowsPerSecond(elapsed), left);
			err.print(terminal ? "\r" + line + "   " : line + System.lineSeparator());
			printed = true;
		}

		void end() {
			ended = true;
			if (terminal && printed) {
				err.println();
			}
		}

	}

}
