package org.aimnav.ingest.bench;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aimnav.catalog.program.CatalogColumn;
import org.aimnav.catalog.support.EmbeddedPostgresSupport;
import org.aimnav.ingest.ImportOptions;
import org.aimnav.ingest.ImportRun;
import org.aimnav.ingest.ImportStatus;
import org.aimnav.ingest.Imports;
import org.aimnav.ingest.IngestTestApplication;
import org.aimnav.ingest.csv.CsvRow;
import org.aimnav.ingest.csv.CsvRowReader;
import org.aimnav.ingest.csv.Delimiter;
import org.aimnav.ingest.support.SyntheticCatalog;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Import throughput against the database's own bulk loader, on the same synthetic file, in the
 * same run: H2's {@code CREATE TABLE ... AS SELECT * FROM CSVREAD(...)} and PostgreSQL's
 * {@code COPY FROM STDIN}, and the raw Commons CSV parse rate as the ceiling of any reader.
 * The import validates every row, computes the search terms, stages into a new catalog version,
 * checksums it and publishes it: all of that is in its time.
 *
 * <p>Run with {@code ./mvnw -q -pl ingest-module -am -Pbench verify -Dbench.rows=200000,1000000
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
		List<String> results = new ArrayList<>();
		for (int rows : sizes) {
			Path file = folder.resolve("synthetic-" + rows + ".csv");
			if (!Files.exists(file)) {
				SyntheticCatalog.valid(42).write(file, rows);
			}
			long bytes = Files.size(file);
			double parse = parseRate(file, rows);
			for (String database : databases) {
				double bulk;
				double imported;
				long usedHeap;
				switch (database.strip()) {
					case "h2" -> {
						bulk = h2Csvread(folder, file, rows);
						Measured m = importInto("jdbc:h2:file:" + folder.resolve("import-" + rows) + ";MODE=Regular", "",
								folder, file, rows, true);
						imported = m.rate;
						usedHeap = m.peakHeapMb;
					}
					case "postgresql" -> {
						bulk = postgresCopy(file, rows);
						Measured m = importInto(EmbeddedPostgresSupport.newDatabaseUrl(), "postgres", folder, file, rows,
								false);
						imported = m.rate;
						usedHeap = m.peakHeapMb;
					}
					default -> throw new IllegalArgumentException("Unknown database " + database);
				}
				String line = String.format(Locale.ROOT,
						"| %s | %,d | %,d MB | %,.0f | %,.0f | %,.0f | %.2fx | %.2fx | %,d MB |", database, rows,
						bytes / (1024 * 1024), parse, bulk, imported, imported / bulk, imported / parse, usedHeap);
				results.add(line);
				System.out.println(line);
			}
		}
		System.out.println();
		System.out.println("| database | rows | file | Commons CSV parse rows/s | bulk load rows/s | import rows/s "
				+ "| import / bulk | import / parse | live heap after GC, peak |");
		System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
		results.forEach(System.out::println);
		System.exit(0);
	}

	/** Commons CSV alone, through the import's own reader: the ceiling of any import. */
	private static double parseRate(Path file, int rows) throws IOException {
		double best = 0;
		for (int attempt = 0; attempt < 2; attempt++) {
			long start = System.nanoTime();
			long count = 0;
			long chars = 0;
			try (CsvRowReader reader = CsvRowReader.open(file, Delimiter.COMMA)) {
				for (CsvRow row = reader.next(); row != null; row = reader.next()) {
					count++;
					chars += row.values().length;
				}
			}
			double rate = count / seconds(start);
			check(count == rows && chars > 0, "parsed " + count + " rows");
			best = Math.max(best, rate);
		}
		return best;
	}

	private static double h2Csvread(Path folder, Path file, int rows) throws SQLException, IOException {
		Path db = folder.resolve("bulk-" + rows);
		deleteDatabase(db);
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + db, "", "");
				Statement statement = connection.createStatement()) {
			long start = System.nanoTime();
			statement.execute("CREATE TABLE bulk AS SELECT * FROM CSVREAD('" + file + "', NULL, 'charset=UTF-8')");
			double rate = rows / seconds(start);
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

	private static double postgresCopy(Path file, int rows) throws SQLException, IOException {
		String url = EmbeddedPostgresSupport.newDatabaseUrl();
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement()) {
			StringBuilder columns = new StringBuilder();
			for (String column : CatalogColumn.headers()) {
				columns.append(columns.isEmpty() ? "" : ", ").append(column).append(" TEXT");
			}
			statement.execute("CREATE TABLE bulk (" + columns + ")");
			long start = System.nanoTime();
			long copied;
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				copied = connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY bulk FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
			}
			double rate = rows / seconds(start);
			check(copied == rows, "COPY loaded " + copied + " rows");
			return rate;
		}
	}

	private static Measured importInto(String url, String username, Path folder, Path file, int rows, boolean h2)
			throws IOException {
		if (h2) {
			deleteDatabase(Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0]));
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IngestTestApplication.class)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
					"--aimnav.import.upload-dir=" + folder.resolve("uploads"), "--aimnav.import.max-file-size=2GB",
					"--aimnav.import.chunk-size=" + System.getProperty("bench.chunk", "1000"),
					"--aimnav.import.processing-threads=" + System.getProperty("bench.threads", "1"),
					"--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
			Imports imports = context.getBean(Imports.class);
			HeapWatch heap = new HeapWatch();
			heap.start();
			ImportRun run = imports.runAndWait(file, ImportOptions.defaults(), p -> {
			});
			heap.interrupt();
			check(run.status() == ImportStatus.PUBLISHED && run.rowsValid() == rows,
					"import ended " + run.status() + ": " + run.message());
			double seconds = (run.finishedAt().toEpochMilli() - run.startedAt().toEpochMilli()) / 1000.0;
			printSteps(context.getBean(JdbcTemplate.class), seconds);
			return new Measured(rows / seconds, heap.peakMb);
		}
	}

	/** Where the time went, from the job repository's own records. */
	private static void printSteps(JdbcTemplate jdbc, double total) {
		StringBuilder steps = new StringBuilder();
		jdbc.query("SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION ORDER BY STEP_EXECUTION_ID", rs -> {
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

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static void check(boolean condition, String what) {
		if (!condition) {
			throw new IllegalStateException("Benchmark run is wrong: " + what);
		}
	}

	private record Measured(double rate, long peakHeapMb) {
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
