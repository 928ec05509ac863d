package org.aimnav.web.jar;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.aimnav.web.support.Multipart;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The executable jar as a new user meets it: {@code java -jar} on a fresh data folder, then the
 * command line. Catches what only the packaged jar shows (Tablesaw's classpath scan, resources,
 * the first start).
 */
class ExecutableJarIT {

	static final Path JAR = Path.of(System.getProperty("executable.jar", "target/aim-navigator.jar"));

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final String ADMIN_PASSWORD = "jar-test-password";

	static final JsonMapper JSON = JsonMapper.builder().build();

	final Path dataDir = Path.of("target/tmp/jar-it-" + UUID.randomUUID());

	Process server;

	static final int MANY_ROWS = 100_000;

	@AfterEach
	void stopTheServer() throws InterruptedException {
		if (server != null) {
			server.destroy();
			if (!server.waitFor(20, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
	}

	@Test
	void startsOnAFreshDataFolderWithTheCuratedCatalog() throws Exception {
		int port = freePort();
		Path log = Files.createDirectories(dataDir).resolve("server.log");
		long started = System.nanoTime();
		startServer(port, log);

		awaitUp(port, log);
		System.out.printf("The jar reported UP %.1f s after it was started%n", (System.nanoTime() - started) / 1e9);

		JsonNode programs = get(port, "/api/v1/programs?size=200");
		assertThat(programs.get("total").asInt()).isEqualTo(36);
		JsonNode summary = get(port, "/api/v1/stats/summary");
		assertThat(summary.get("programCount").asInt()).isEqualTo(36);
		assertThat(summary.get("tuitionUsd").get("byCredential").size()).isPositive();
		assertThat(text(port, "/programs")).contains("Harvard Medical School");
		assertThat(get(port, "/v3/api-docs").get("paths").has("/api/v1/recommendations")).isTrue();
		JsonNode recommendation = post(port, "/api/v1/recommendations", "{\"role\": \"researcher\", \"limit\": 3}");
		assertThat(recommendation.get("results").size()).isPositive();
		assertThat(Files.exists(dataDir.resolve("aimnav.mv.db"))).isTrue();
	}

	@Test
	void theCommandLineImportsAFileAndExitsWithItsOutcome() throws Exception {
		Path csv = Files.createDirectories(dataDir).resolve("programs.csv");
		try (var in = ExecutableJarIT.class.getResourceAsStream("/catalog/programs.csv")) {
			Files.copy(in, csv);
		}
		Process cli = new ProcessBuilder(java(), "-Xmx512m", "-jar", JAR.toString(), "import", csv.toString(),
				"--aimnav.data-dir=" + dataDir)
			.redirectErrorStream(true)
			.start();
		String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(cli.waitFor(120, TimeUnit.SECONDS)).isTrue();

		assertThat(cli.exitValue()).as(output).isZero();
		assertThat(output).contains("PUBLISHED").contains("36 read, 36 valid, 0 rejected");
	}

	@Test
	void aCommandLineImportToldToEndSaysWhatBecameOfItWithoutStackTraces() throws Exception {
		Path csv = manyRows();
		Process cli = new ProcessBuilder(java(), "-Xmx512m", "-jar", JAR.toString(), "import", csv.toString(),
				"--aimnav.data-dir=" + dataDir)
			.redirectErrorStream(true)
			.start();
		StringBuilder output = new StringBuilder();
		Thread reader = new Thread(() -> {
			try (var lines = cli.inputReader(StandardCharsets.UTF_8)) {
				lines.lines().forEach(line -> {
					synchronized (output) {
						output.append(line).append('\n');
					}
				});
			}
			catch (IOException ignored) {
				// The process is gone.
			}
		});
		reader.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (!text(output).matches("(?s).*Importing many\\.csv: +\\d+% · [1-9][\\d,]* rows.*")
				&& System.nanoTime() < deadline) {
			Thread.sleep(100);
		}

		// SIGTERM, as Ctrl-C or a service manager sends it (Process.destroy would also close the
		// pipes, and the process could no longer say anything).
		cli.toHandle().destroy();
		assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
		reader.join(10_000);

		assertThat(text(output)).as("rows were being imported when it was told to end").contains("rows ·")
			.contains("Stopped: the process was told to end during the import; nothing was published.")
			.contains("/restart")
			.doesNotContain("Exception")
			.doesNotContain("\tat ")
			.doesNotContain("FAILED:");
		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("aimnav").toAbsolutePath(),
				"sa", ""); var rows = db.createStatement().executeQuery("SELECT status, message FROM import_run")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString("status")).as("stopped and recorded before the database closed").isEqualTo("FAILED");
			assertThat(rows.getString("message"))
				.startsWith("The import was stopped because its process was told to end (the platform or the import "
						+ "command stopping)");
		}
	}

	private static String text(StringBuilder output) {
		synchronized (output) {
			return output.toString();
		}
	}

	/** 100,000 rows (the curated ones under new ids): long enough to be stopped in the middle. */
	private Path manyRows() throws IOException {
		Path csv = Files.createDirectories(dataDir).resolve("many.csv");
		try (var in = ExecutableJarIT.class.getResourceAsStream("/catalog/programs.csv");
				CSVParser curated = CSVFormat.RFC4180.builder().setHeader().get().parse(
						new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
				CSVPrinter out = CSVFormat.RFC4180.builder()
					.setHeader(curated.getHeaderNames().toArray(String[]::new))
					.get()
					.print(Files.newBufferedWriter(csv))) {
			var rows = curated.getRecords();
			for (int i = 0; i < MANY_ROWS; i++) {
				String[] values = rows.get(i % rows.size()).values().clone();
				values[0] = String.format("many-%06d", i);
				out.printRecord((Object[]) values);
			}
		}
		return csv;
	}

	@Test
	void aServerStoppedDuringAnImportStopsItCleanlyAndTheImportResumesAfterTheNextStart() throws Exception {
		int port = freePort();
		Path log = Files.createDirectories(dataDir).resolve("server.log");
		startServer(port, log);
		awaitUp(port, log);
		Multipart upload = new Multipart().file("file", "many.csv", Files.readAllBytes(manyRows()));
		String importId = JSON.readTree(asAdmin(port, HttpRequest.newBuilder(uri(port, "/api/v1/imports"))
			.header("Content-Type", upload.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(upload.bytes())))).get("importId").asString();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (importRun(port, importId).get("rowsRead").asLong() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		long logBefore = Files.size(log);

		server.toHandle().destroy(); // SIGTERM, as a service manager stops it
		assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();

		String shutdown = Files.readString(log).substring((int) logBefore);
		assertThat(shutdown).as(shutdown).contains("Stopping import " + importId)
			.doesNotContain("ERROR")
			.doesNotContain("\tat ");
		startServer(port, log);
		awaitUp(port, log);
		JsonNode stopped = importRun(port, importId);
		assertThat(stopped.get("status").asString()).isEqualTo("FAILED");
		assertThat(stopped.get("message").asString()).as("recorded as it stopped, not found dead at this start")
			.startsWith("The import was stopped because its process was told to end (the platform or the import "
					+ "command stopping), after ");
		assertThat(stopped.get("rowsRead").asLong()).isBetween(1L, MANY_ROWS - 1L);
		assertThat(stopped.get("bytesRead").asLong()).as("how far it got, not the whole file")
			.isLessThan(stopped.get("bytesTotal").asLong());

		asAdmin(port, HttpRequest.newBuilder(uri(port, "/api/v1/imports/" + importId + "/restart"))
			.POST(HttpRequest.BodyPublishers.noBody()));
		JsonNode resumed = awaitImport(port, importId);

		assertThat(resumed.get("status").asString()).as(resumed.toString()).isEqualTo("PUBLISHED");
		assertThat(resumed.get("rowsRead").asLong()).isEqualTo(MANY_ROWS);
		assertThat(resumed.get("restartedAt").isNull()).isFalse();
		assertThat(get(port, "/api/v1/programs?size=1").get("total").asLong()).isEqualTo(MANY_ROWS);
	}

	private static JsonNode importRun(int port, String importId) throws Exception {
		return JSON.readTree(asAdmin(port, HttpRequest.newBuilder(uri(port, "/api/v1/imports/" + importId)).GET()));
	}

	@Test
	void upgradesTheDatabaseOfAnEarlierVersionInPlaceAndKeepsWhatItHolds() throws Exception {
		Path script = Files.createDirectories(dataDir).resolve("earlier.sql");
		try (var in = ExecutableJarIT.class.getResourceAsStream(
				"/upgrade/h2-database-at-schema-4.1-curated-catalog-and-a-rejected-import.sql")) {
			Files.copy(in, script);
		}
		RunScript.execute("jdbc:h2:file:" + dataDir.resolve("aimnav").toAbsolutePath(), "sa", "", script.toString(),
				StandardCharsets.UTF_8, false);
		int port = freePort();
		Path log = dataDir.resolve("server.log");
		startServer(port, log);

		awaitUp(port, log);

		assertThat(Files.readString(log)).contains("Successfully applied");
		assertThat(get(port, "/api/v1/programs?size=1").get("catalogVersion").asInt()).isEqualTo(1);
		assertThat(get(port, "/api/v1/programs?size=1").get("total").asInt()).isEqualTo(36);
		JsonNode history = JSON.readTree(asAdmin(port, HttpRequest.newBuilder(uri(port, "/api/v1/imports")).GET()));
		assertThat(history.findValuesAsString("status")).containsExactly("REJECTED", "PUBLISHED");
		JsonNode problems = JSON.readTree(asAdmin(port, HttpRequest
			.newBuilder(uri(port, "/api/v1/imports/" + history.get(0).get("importId").asString() + "/errors"))
			.GET()));
		assertThat(problems.get(0).get("code").asString()).isEqualTo("ENUM");
		assertThat(problems.get(0).get("line").asInt()).isEqualTo(6);

		// The checksum the earlier version stored must still describe its content: the same file again
		// changes nothing.
		byte[] curated;
		try (var in = ExecutableJarIT.class.getResourceAsStream("/catalog/programs.csv")) {
			curated = in.readAllBytes();
		}
		Multipart upload = new Multipart().file("file", "programs.csv", curated);
		JsonNode submitted = JSON.readTree(asAdmin(port, HttpRequest.newBuilder(uri(port, "/api/v1/imports"))
			.header("Content-Type", upload.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(upload.bytes()))));
		JsonNode finished = awaitImport(port, submitted.get("importId").asString());
		assertThat(finished.get("status").asString()).as(finished.toString()).isEqualTo("UNCHANGED");
	}

	/** {@code java -jar} on this test's data folder, with a known administrator password. */
	private void startServer(int port, Path log) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx512m", "-jar", JAR.toString(), "--server.port=" + port)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("AIMNAV_DATA_DIR", dataDir.toString());
		builder.environment().put("AIMNAV_ADMIN_PASSWORD", ADMIN_PASSWORD);
		server = builder.start();
	}

	private static JsonNode awaitImport(int port, String importId) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (true) {
			JsonNode run = JSON
				.readTree(asAdmin(port, HttpRequest.newBuilder(uri(port, "/api/v1/imports/" + importId)).GET()));
			if (run.get("finished").asBoolean() || System.nanoTime() > deadline) {
				return run;
			}
			Thread.sleep(200);
		}
	}

	private static String asAdmin(int port, HttpRequest.Builder request) throws Exception {
		String token = Base64.getEncoder()
			.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HTTP.send(
				request.header("Authorization", "Basic " + token).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
		return response.body();
	}

	private static void awaitUp(int port, Path log) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (System.nanoTime() < deadline) {
			try {
				HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri(port, "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// The server is not listening yet.
			}
			Thread.sleep(250);
		}
		throw new AssertionError("The jar did not report UP; its log:\n" + Files.readString(log));
	}

	private static JsonNode get(int port, String path) throws Exception {
		return JSON.readTree(text(port, path));
	}

	private static String text(int port, String path) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(port, path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static JsonNode post(int port, String path, String json) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(port, path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
