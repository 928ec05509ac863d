package org.aimnav.ingest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.aimnav.catalog.program.CatalogColumn;
import org.aimnav.catalog.program.IndexedProgram;
import org.aimnav.catalog.program.ProgramRow;
import org.aimnav.catalog.stats.CatalogStatisticsService;
import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.version.CatalogChecksum;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.catalog.support.EmbeddedPostgresSupport;
import org.aimnav.ingest.ImportOptions;
import org.aimnav.ingest.ImportRun;
import org.aimnav.ingest.ImportStatus;
import org.aimnav.ingest.Imports;
import org.aimnav.ingest.IngestTestApplication;
import org.aimnav.ingest.csv.CatalogFileCheck;
import org.aimnav.ingest.csv.CatalogHeader;
import org.aimnav.ingest.csv.CsvRow;
import org.aimnav.ingest.csv.CsvRowReader;
import org.aimnav.ingest.csv.Delimiter;
import org.aimnav.ingest.job.CopyFormat;
import org.aimnav.ingest.job.StageProbe;
import org.aimnav.ingest.validation.CheckedRow;
import org.aimnav.ingest.support.SyntheticCatalog;
import org.aimnav.ingest.validation.RowValidator;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Import throughput against the database's own bulk loader, on the same synthetic file, in the
 * same run: H2's {@code CREATE TABLE ... AS SELECT * FROM CSVREAD(...)} and PostgreSQL's
 * {@code COPY FROM STDIN}, and the raw Commons CSV parse rate as the ceiling of any reader.
 * The import validates every row, computes the search terms, stages into a new catalog version,
 * checksums it and publishes it: all of that is in its time. Each measured import runs in a
 * freshly started application on a fresh database, after that application has imported the
 * warm-up file and gone quiet (its statistics computed, the JIT idle): an import as a running
 * server does it. {@code -Dbench.fresh=true} measures the first import after start-up instead.
 *
 * <p>Run with {@code ./mvnw -q -pl ingest-module -am -Pbench-import verify -Dbench.rows=200000,1000000
 * -Dbench.databases=h2,postgresql} (see docs/BENCHMARKS.md). Not part of the default build.
 */
public final class ImportBenchmark {

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<Integer> sizes = new ArrayList<>();
		for (String size : System.getProperty("bench.rows", "200000,1000000").split(",")) {
			sizes.add(Integer.parseInt(size.strip()));
		}
		List<String> databases = List.of(System.getProperty("bench.databases", "h2,postgresql").split(","));
		Path folder = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
		Files.createDirectories(folder);
		System.out.printf(Locale.ROOT, "Import benchmark: %d cores, max heap %d MB, Java %s%n",
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
				System.getProperty("java.version"));
		int repeat = Integer.getInteger("bench.repeat", 1);
		Path warmup = warmUp(folder, databases, Integer.getInteger("bench.warmup", 50_000));
		// -Dbench.fresh=true: each measured import is the first of a freshly started application.
		Path before = Boolean.getBoolean("bench.fresh") ? null : warmup;
		List<String> results = new ArrayList<>();
		for (int rows : sizes) {
			Path file = folder.resolve("synthetic-" + rows + ".csv");
			if (!Files.exists(file)) {
				SyntheticCatalog.valid(42).write(file, rows);
			}
			long bytes = Files.size(file);
			Measured parse = parseRate(file, rows);
			stageCosts(file, Math.min(rows, 200_000));
			for (String database : databases) {
				List<Measured> bulks = new ArrayList<>();
				List<Measured> imports = new ArrayList<>();
				for (int run = 1; run <= repeat; run++) {
					Measured[] pair = measure(database.strip(), folder, file, rows, run, before);
					bulks.add(pair[0]);
					imports.add(pair[1]);
					String line = row(database, rows, bytes, parse, pair[0], pair[1],
							repeat == 1 ? "" : " (run " + run + ")");
					results.add(line);
					System.out.println(line);
				}
				if (repeat > 1) {
					// Each column's median on its own; the ratios are the median of the runs' ratios.
					String line = row(database, rows, bytes, parse, median(bulks), median(imports),
							median(IntStream.range(0, repeat).mapToDouble(i -> imports.get(i).wall / bulks.get(i).wall).toArray()),
							median(IntStream.range(0, repeat).mapToDouble(i -> imports.get(i).cpu / bulks.get(i).cpu).toArray()),
							" (median of " + repeat + ")");
					results.add(line);
					System.out.println(line);
					System.out.printf(Locale.ROOT, "  import / bulk per run: %s%n",
							String.join(", ", IntStream.range(0, repeat)
								.mapToObj(i -> String.format(Locale.ROOT, "%.2fx", imports.get(i).wall / bulks.get(i).wall))
								.toList()));
				}
			}
		}
		System.out.println();
		System.out.println("| database | rows | file | Commons CSV parse rows/s | bulk load rows/s | import rows/s "
				+ "| import / bulk | import / parse | bulk load rows per CPU s | import rows per CPU s "
				+ "| import / bulk, CPU | live heap after GC, peak |");
		System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
		System.out.printf(Locale.ROOT, "(load average %.1f at the end)%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		results.forEach(System.out::println);
		System.exit(0);
	}

	/**
	 * The database's bulk load of the file, then the import of it, one right after the other: the
	 * machine's speed drifts, and a ratio is only as good as the closeness of its two measurements.
	 */
	private static Measured[] measure(String database, Path folder, Path file, int rows, int run, Path before)
			throws Exception {
		return switch (database) {
			case "h2" -> new Measured[] { h2Csvread(folder, file, rows),
					importInto("jdbc:h2:file:" + folder.resolve("import-" + rows + "-" + run)
							+ System.getProperty("bench.h2settings", ""), "", folder, file, rows, true, before) };
			case "postgresql" -> {
				Measured bulk = postgresCopy(file, rows);
				Measured table = postgresCopyIntoProgramTable(file, rows);
				System.out.printf(Locale.ROOT, "  COPY of the same rows, validated and analysed beforehand, into "
						+ "the program table itself: %,.0f rows/s (%,.0f rows per CPU s)%n", table.wall, table.cpu);
				yield new Measured[] { bulk,
						importInto(EmbeddedPostgresSupport.newDatabaseUrl(), "postgres", folder, file, rows, false,
								before) };
			}
			default -> throw new IllegalArgumentException("Unknown database " + database);
		};
	}

	private static String row(String database, int rows, long bytes, Measured parse, Measured bulk, Measured imported,
			String label) {
		return row(database, rows, bytes, parse, bulk, imported, imported.wall / bulk.wall, imported.cpu / bulk.cpu,
				label);
	}

	private static String row(String database, int rows, long bytes, Measured parse, Measured bulk, Measured imported,
			double ratio, double cpuRatio, String label) {
		return String.format(Locale.ROOT,
				"| %s%s | %,d | %,d MB | %,.0f | %,.0f | %,.0f | %.2fx | %.2fx | %,.0f | %,.0f | %.2fx | %,d MB |",
				database, label, rows, bytes / (1024 * 1024), parse.wall, bulk.wall, imported.wall, ratio,
				imported.wall / parse.wall, bulk.cpu, imported.cpu, cpuRatio, imported.peakHeapMb);
	}

	/** The median of each figure on its own. */
	private static Measured median(List<Measured> runs) {
		return new Measured(median(runs.stream().mapToDouble(Measured::wall).toArray()),
				median(runs.stream().mapToDouble(Measured::cpu).toArray()),
				(long) median(runs.stream().mapToDouble(Measured::peakHeapMb).toArray()));
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	/**
	 * Runs every measured path once on a smaller file first, and forgets the figures: otherwise the
	 * first size measured pays for the JIT compiling both the bulk loader and the import (the
	 * import has much more code to compile), and its ratio says more about start-up than speed.
	 */
	private static Path warmUp(Path folder, List<String> databases, int rows) throws Exception {
		if (rows <= 0) {
			return null;
		}
		Path file = folder.resolve("synthetic-warmup-" + rows + ".csv");
		if (!Files.exists(file)) {
			SyntheticCatalog.valid(7).write(file, rows);
		}
		System.out.printf(Locale.ROOT, "Warm-up on %,d rows (not measured):%n", rows);
		parseRate(file, rows);
		for (String database : databases) {
			switch (database.strip()) {
				case "h2" -> {
					h2Csvread(folder, file, rows);
					importInto("jdbc:h2:file:" + folder.resolve("import-warmup"), "", folder, file, rows, true, null);
				}
				case "postgresql" -> {
					postgresCopy(file, rows);
					importInto(EmbeddedPostgresSupport.newDatabaseUrl(), "postgres", folder, file, rows, false, null);
				}
				default -> throw new IllegalArgumentException("Unknown database " + database);
			}
		}
		System.out.println("Measured:");
		return file;
	}

	/** Commons CSV alone, through the import's own reader: the ceiling of any import. */
	private static Measured parseRate(Path file, int rows) throws IOException {
		Measured best = null;
		for (int attempt = 0; attempt < 2; attempt++) {
			Clocks clocks = Clocks.start();
			long count = 0;
			long chars = 0;
			try (CsvRowReader reader = CsvRowReader.open(file, Delimiter.COMMA)) {
				for (CsvRow row = reader.next(); row != null; row = reader.next()) {
					count++;
					chars += row.values().length;
				}
			}
			check(count == rows && chars > 0, "parsed " + count + " rows");
			Measured measured = clocks.rates(rows, 0);
			best = best == null || measured.wall > best.wall ? measured : best;
		}
		return best;
	}

	/**
	 * CPU time per row of each of the import's steps, run one after the other on one thread over
	 * the file's first rows: each pass does one step more than the one before, and the differences
	 * are the steps' costs. What the import spreads over its threads, and what the database's side
	 * (not included) has to keep pace with.
	 */
	private static void stageCosts(Path file, int rows) throws IOException {
		Taxonomy taxonomy;
		try (InputStream json = ImportBenchmark.class.getResourceAsStream("/taxonomy/topics.json")) {
			taxonomy = Taxonomy.load(json);
		}
		RowValidator validator = new RowValidator(taxonomy, Clock.systemUTC(), 200);
		CatalogHeader header = CatalogFileCheck.layout(file).header();
		String[] stages = { "parse (Commons CSV)", "validate", "analyse the text columns (Lucene), make the row",
				"checksum share (SHA-256)", "duplicate-id memory", "COPY text (PostgreSQL only)" };
		stagePass(file, Math.min(rows, 50_000), validator, header, stages.length); // warm-up
		double[] cumulative = new double[stages.length + 1];
		for (int stage = 1; stage <= stages.length; stage++) {
			cumulative[stage] = stagePass(file, rows, validator, header, stage);
		}
		System.out.printf(Locale.ROOT, "  CPU per row on one thread (first %,d rows):", rows);
		for (int stage = 1; stage <= stages.length; stage++) {
			System.out.printf(Locale.ROOT, " %s %.1f µs;", stages[stage - 1], cumulative[stage] - cumulative[stage - 1]);
		}
		System.out.printf(Locale.ROOT, " all %.1f µs%n", cumulative[stages.length]);
	}

	/** Microseconds of this thread's CPU per row for the first {@code stages} steps. */
	private static double stagePass(Path file, int rows, RowValidator validator, CatalogHeader header, int stages)
			throws IOException {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		StageProbe probe = new StageProbe();
		StringBuilder copy = new StringBuilder(4096);
		long sink = 0;
		long start = threads.getCurrentThreadCpuTime();
		try (CsvRowReader reader = CsvRowReader.open(file, Delimiter.COMMA)) {
			for (int i = 0; i < rows; i++) {
				CsvRow row = reader.next();
				sink += row.size();
				if (stages < 2) {
					continue;
				}
				CheckedRow checked = validator.check(row, header);
				ProgramRow programRow = stages >= 3 ? ProgramRow.of(1, IndexedProgram.of(checked.program())) : null;
				CatalogChecksum.Digest digest = stages >= 4 ? CatalogChecksum.digest(checked.program()) : null;
				sink += stages >= 5 ? probe.rememberId(checked) : 0;
				sink += stages >= 6 ? StageProbe.copyText(programRow, copy) : 0;
				sink += (programRow == null ? 0 : programRow.size()) + (digest == null ? 0 : 1);
			}
		}
		double micros = (threads.getCurrentThreadCpuTime() - start) / 1e3 / rows;
		check(sink != 0, "nothing was computed");
		return micros;
	}

	private static Measured h2Csvread(Path folder, Path file, int rows) throws SQLException, IOException {
		Path db = folder.resolve("bulk-" + rows);
		deleteDatabase(db);
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + db, "", "");
				Statement statement = connection.createStatement()) {
			Clocks clocks = Clocks.start();
			statement.execute("CREATE TABLE bulk AS SELECT * FROM CSVREAD('" + file + "', NULL, 'charset=UTF-8')");
			Measured rate = clocks.rates(rows, 0);
			try (var rs = statement.executeQuery("SELECT COUNT(*) FROM bulk")) {
				rs.next();
				check(rs.getLong(1) == rows, "CSVREAD loaded " + rs.getLong(1) + " rows");
			}
			statement.execute("SHUTDOWN");
			return rate;
		}
		finally {
			deleteDatabase(db);
		}
	}

	private static Measured postgresCopy(Path file, int rows) throws SQLException, IOException {
		String url = EmbeddedPostgresSupport.newDatabaseUrl();
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement()) {
			StringBuilder columns = new StringBuilder();
			for (String column : CatalogColumn.headers()) {
				columns.append(columns.isEmpty() ? "" : ", ").append(column).append(" TEXT");
			}
			statement.execute("CREATE TABLE bulk (" + columns + ")");
			Clocks clocks = Clocks.start();
			long copied;
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				copied = connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY bulk FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
			}
			Measured rate = clocks.rates(rows, 0);
			check(copied == rows, "COPY loaded " + copied + " rows");
			return rate;
		}
	}

	/**
	 * What PostgreSQL's COPY does with the import's own rows in the catalog's own table (primary
	 * key, foreign key, 21 typed columns with the search terms): the rows are validated and
	 * analysed chunk by chunk beforehand, and only the COPY and commit of each chunk are timed. The
	 * ceiling of any import into this schema on this server.
	 */
	private static Measured postgresCopyIntoProgramTable(Path file, int rows) throws Exception {
		String url = EmbeddedPostgresSupport.newDatabaseUrl();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IngestTestApplication.class)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			int version = context.getBean(CatalogVersions.class).createStaging("benchmark");
			RowValidator validator = context.getBean(RowValidator.class);
			CatalogHeader header = CatalogFileCheck.layout(file).header();
			String columns = String.join(", ", ProgramRepository.insertColumns());
			// -Dbench.pgcosts=true: the same COPYs into copies of program without its foreign key,
			// without any key, and with text columns only, to see where the server's time goes.
			List<String> tables = new ArrayList<>(List.of("program"));
			if (Boolean.getBoolean("bench.pgcosts")) {
				jdbc.execute("CREATE TABLE program_no_fk (LIKE program INCLUDING ALL)");
				jdbc.execute("CREATE TABLE program_no_keys (LIKE program INCLUDING DEFAULTS)");
				jdbc.execute("CREATE TABLE program_text (" + String.join(", ",
						ProgramRepository.insertColumns().stream().map(c -> c + " TEXT").toList()) + ")");
				tables.addAll(List.of("program_no_fk", "program_no_keys", "program_text"));
			}
			long[] wallNanos = new long[tables.size()];
			long[] serverNanos = new long[tables.size()];
			long clientCpuNanos = 0;
			ThreadMXBean thread = ManagementFactory.getThreadMXBean();
			try (Connection connection = DriverManager.getConnection(url, "postgres", "");
					CsvRowReader reader = CsvRowReader.open(file, Delimiter.COMMA)) {
				connection.setAutoCommit(false);
				CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
				StringBuilder chunk = new StringBuilder();
				int inChunk = 0;
				CsvRow row = reader.next();
				while (row != null) {
					CopyFormat.appendRow(chunk,
							ProgramRow.of(version, IndexedProgram.of(validator.check(row, header).program())));
					row = reader.next();
					if (++inChunk == 1000 || row == null) {
						String text = chunk.toString();
						for (int t = 0; t < tables.size(); t++) {
							long server = Clocks.serverCpu();
							long wall = System.nanoTime();
							long cpu = thread.getCurrentThreadCpuTime();
							copyManager.copyIn("COPY " + tables.get(t) + " (" + columns + ") FROM STDIN",
									new StringReader(text));
							connection.commit();
							wallNanos[t] += System.nanoTime() - wall;
							serverNanos[t] += Clocks.serverCpu() - server;
							if (t == 0) {
								clientCpuNanos += thread.getCurrentThreadCpuTime() - cpu;
							}
						}
						chunk.setLength(0);
						inChunk = 0;
					}
				}
				Integer copied = jdbc.queryForObject("SELECT COUNT(*) FROM program WHERE catalog_version = ?",
						Integer.class, version);
				check(copied != null && copied == rows, "COPY into program loaded " + copied + " rows");
				for (int t = 1; t < tables.size(); t++) {
					System.out.printf(Locale.ROOT, "  COPY into %s: %,.0f rows/s, server CPU %.1f µs a row (program: %,.0f "
							+ "rows/s, %.1f µs)%n", tables.get(t), rows / (wallNanos[t] / 1e9), serverNanos[t] / 1e3 / rows,
							rows / (wallNanos[0] / 1e9), serverNanos[0] / 1e3 / rows);
				}
				// The server did nothing else meanwhile: its CPU time is all COPY's.
				long cpuNanos = clientCpuNanos + serverNanos[0];
				return new Measured(rows / (wallNanos[0] / 1e9), rows / (cpuNanos / 1e9), 0);
			}
		}
	}

	/**
	 * @param before imported first in the same application context, untimed (null for none): the
	 * measured import then runs in a server that has imported before, as a running server does,
	 * instead of racing the JIT compiling what the context's start-up queued
	 */
	private static Measured importInto(String url, String username, Path folder, Path file, int rows, boolean h2,
			Path before) throws IOException {
		Path h2File = h2 ? Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0]) : null;
		if (h2) {
			deleteDatabase(h2File);
		}
		try {
			return importOnce(url, username, folder, file, rows, before);
		}
		finally {
			if (h2) {
				deleteDatabase(h2File); // a million rows take a gigabyte
			}
		}
	}

	private static Measured importOnce(String url, String username, Path folder, Path file, int rows, Path before)
			throws IOException {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IngestTestApplication.class)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
					"--aimnav.import.upload-dir=" + folder.resolve("uploads"), "--aimnav.import.max-file-size=2GB",
					"--aimnav.import.chunk-size=" + System.getProperty("bench.chunk", "1000"),
					"--aimnav.import.processing-threads=" + System.getProperty("bench.threads", "2"),
					"--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
			Imports imports = context.getBean(Imports.class);
			if (before != null) {
				ImportRun earlier = imports.runAndWait(before, ImportOptions.defaults(), p -> {
				});
				check(earlier.status() == ImportStatus.PUBLISHED, "the earlier import ended " + earlier.status());
				// Publishing starts the new version's statistics in the background; wait for them.
				context.getBeanProvider(CatalogStatisticsService.class).ifAvailable(CatalogStatisticsService::current);
				settle();
			}
			long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
			HeapWatch heap = new HeapWatch();
			heap.start();
			Clocks clocks = Clocks.start();
			ImportRun run = imports.runAndWait(file, ImportOptions.defaults(), p -> {
			});
			Measured measured = clocks.rates(rows, 0);
			System.out.printf(Locale.ROOT, "  CPU: this JVM %.1f s (JIT compiling %.1f s), PostgreSQL server %.1f s%n",
					(Clocks.jvmCpu() - clocks.jvmStart()) / 1e9,
					(ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore) / 1e3,
					(Clocks.serverCpu() - clocks.serverStart()) / 1e9);
			heap.interrupt();
			check(run.status() == ImportStatus.PUBLISHED && run.rowsValid() == rows,
					"import ended " + run.status() + ": " + run.message());
			double seconds = (run.finishedAt().toEpochMilli() - run.startedAt().toEpochMilli()) / 1000.0;
			printSteps(context.getBean(JdbcTemplate.class), seconds);
			// The import's own times (submitted to finished), which leave out storing the upload.
			return new Measured(rows / seconds, measured.cpu, heap.peakMb);
		}
	}

	/** Waits, at most 20 s, until the JIT compilers have been idle for a second. */
	private static void settle() {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		long deadline = System.nanoTime() + 20_000_000_000L;
		long compiled = jit.getTotalCompilationTime();
		while (System.nanoTime() < deadline) {
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			long now = jit.getTotalCompilationTime();
			if (now - compiled < 20) {
				return;
			}
			compiled = now;
		}
	}

	/** Where the time of the last import went, from the job repository's own records. */
	private static void printSteps(JdbcTemplate jdbc, double total) {
		StringBuilder steps = new StringBuilder();
		jdbc.query("SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = "
				+ "(SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION) ORDER BY STEP_EXECUTION_ID", rs -> {
			double seconds = Duration.between(rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()).toMillis()
					/ 1000.0;
			steps.append(String.format(Locale.ROOT, " %s %.1f s;", rs.getString(1), seconds));
		});
		System.out.printf(Locale.ROOT, "  import %.1f s:%s%n", total, steps);
	}

	private static void deleteDatabase(Path db) throws IOException {
		Files.deleteIfExists(Path.of(db + ".mv.db"));
		Files.deleteIfExists(Path.of(db + ".trace.db"));
	}

	private static void check(boolean condition, String what) {
		if (!condition) {
			throw new IllegalStateException("Benchmark run is wrong: " + what);
		}
	}

	/**
	 * Rows per second of wall-clock time, and rows per second of CPU time spent by this JVM and the
	 * embedded PostgreSQL server: on a machine that others share, CPU time shows the work done
	 * whatever the load.
	 */
	private record Measured(double wall, double cpu, long peakHeapMb) {
	}

	private record Clocks(long wallStart, long jvmStart, long serverStart) {

		static Clocks start() {
			return new Clocks(System.nanoTime(), jvmCpu(), serverCpu());
		}

		Measured rates(long rows, long peakHeapMb) {
			double wall = (System.nanoTime() - wallStart) / 1e9;
			double cpu = (jvmCpu() - jvmStart + serverCpu() - serverStart) / 1e9;
			return new Measured(rows / wall, rows / cpu, peakHeapMb);
		}

		static long jvmCpu() {
			return cpu(ProcessHandle.current());
		}

		/**
		 * CPU time of the embedded PostgreSQL server this JVM started (its postmaster, found by its
		 * data folder under this JVM's temporary folder, and the backends it forked).
		 * Backends that have exited are no longer counted: measure before closing connections.
		 */
		static long serverCpu() {
			long total = 0;
			String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString();
			for (ProcessHandle postmaster : ProcessHandle.allProcesses()
				.filter(p -> p.info().command().orElse("").endsWith("/bin/postgres"))
				.filter(p -> p.info().commandLine().orElse("").contains(tmp))
				.toList()) {
				total += cpu(postmaster) + postmaster.descendants().mapToLong(Clocks::cpu).sum();
			}
			return total;
		}

		private static long cpu(ProcessHandle process) {
			return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
		}

	}

	/**
	 * Samples the heap left in use after each garbage collection (the live data, not the garbage
	 * waiting for the next one), to show that an import's memory stays flat.
	 */
	private static final class HeapWatch extends Thread {

		private volatile long peakMb;

		HeapWatch() {
			setDaemon(true);
		}

		@Override
		public void run() {
			while (!isInterrupted()) {
				long used = 0;
				for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
					MemoryUsage afterCollection = pool.getCollectionUsage();
					if (pool.getType() == MemoryType.HEAP && afterCollection != null) {
						used += afterCollection.getUsed();
					}
				}
				peakMb = Math.max(peakMb, used / (1024 * 1024));
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

	}

}
