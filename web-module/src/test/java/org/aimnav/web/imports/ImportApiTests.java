package org.aimnav.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.web.support.Multipart;
import org.aimnav.web.support.ServerTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Journey 1 over real HTTP with an administrator's credentials: upload, policy, dry run,
 * idempotence, reports, diff and rollback. Every test leaves the catalog as it found it.
 */
class ImportApiTests extends ServerTestSupport {

	static final String CURATED = curatedCsv();

	@Autowired
	CatalogVersions versions;

	@Autowired
	JdbcTemplate jdbc;

	int originalVersion;

	@BeforeEach
	void rememberTheCurrentVersion() {
		originalVersion = versions.requireCurrentVersion();
	}

	@AfterEach
	void putTheCuratedCatalogBack() {
		if (versions.requireCurrentVersion() != originalVersion) {
			versions.activate(originalVersion);
		}
	}

	@Test
	void anUploadIsPublishedAsANewVersionThatCanBeDiffedAndRolledBack() {
		String changed = CURATED.replace("harvard-hms-aim-phd,", "harvard-hms-aim-phd,")
			.replaceFirst("\nstanford-ai-in-healthcare-specialization,[^\n]*", "")
			+ "new-program-xyz,New University,New Program,masters,online,part_time,12,1000,US,,clinician,ethics,,,,,\n";

		HttpResponse<String> accepted = upload(changed.getBytes(StandardCharsets.UTF_8), "changed.csv");
		assertThat(accepted.statusCode()).isEqualTo(202);
		String importId = body(accepted).get("importId").asString();
		assertThat(accepted.headers().firstValue("Location")).contains("/api/v1/imports/" + importId);

		JsonNode done = awaitFinished(importId);
		assertThat(done.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(done.get("rowsRead").asInt()).isEqualTo(36);
		assertThat(done.get("rowsValid").asInt()).isEqualTo(36);
		assertThat(done.get("sha256").asString()).hasSize(64);
		assertThat(done.get("mode").asString()).isEqualTo("replace");
		int published = done.get("catalogVersion").asInt();
		assertThat(versions.requireCurrentVersion()).isEqualTo(published);
		assertThat(done.get("replacedVersion").asInt()).isEqualTo(originalVersion);
		assertThat(body(get("/api/v1/programs/new-program-xyz")).get("programName").asString()).isEqualTo("New Program");

		JsonNode diff = body(get("/api/v1/catalog/versions/" + published + "/diff?against=" + originalVersion));
		assertThat(diff.get("added").toString()).isEqualTo("[\"new-program-xyz\"]");
		assertThat(diff.get("removed").toString()).isEqualTo("[\"stanford-ai-in-healthcare-specialization\"]");
		assertThat(diff.get("changed").size()).isZero();

		HttpResponse<String> rollback = send(asAdmin(HttpRequest.newBuilder(
				uri("/api/v1/catalog/versions/" + originalVersion + "/activate")))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(rollback.statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/programs/new-program-xyz").statusCode()).isEqualTo(404);
		assertThat(body(get("/api/v1/catalog/versions")).toString()).contains("\"version\":" + published);
	}

	@Test
	void anExportedCatalogImportsBackUnchangedFormulaLikeValuesIncluded() {
		String withFormulas = CURATED + "formula-row,\"=HYPERLINK(\"\"http://x\"\")\",+1+1,masters,,,,,,-2,student,"
				+ "ethics,,@SUM(A1),,,\n";
		JsonNode published = awaitFinished(body(upload(withFormulas.getBytes(StandardCharsets.UTF_8), "formulas.csv"))
			.get("importId").asString());
		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");

		String export = get("/api/v1/programs/export?format=csv").body();
		assertThat(export).contains("'=HYPERLINK", "'+1+1", "'-2", "'@SUM(A1)");

		JsonNode again = awaitFinished(body(upload(export.getBytes(StandardCharsets.UTF_8), "export.csv"))
			.get("importId").asString());
		assertThat(again.get("status").asString()).as(again.get("message").asString()).isEqualTo("UNCHANGED");
	}

	@Test
	void theSameContentAsTheCurrentVersionIsUnchanged() {
		String reordered = reorderRows(CURATED);

		JsonNode done = awaitFinished(body(upload(reordered.getBytes(StandardCharsets.UTF_8), "same.csv"))
			.get("importId").asString());

		assertThat(done.get("status").asString()).isEqualTo("UNCHANGED");
		assertThat(versions.requireCurrentVersion()).isEqualTo(originalVersion);
	}

	@Test
	void aDryRunValidatesAndPublishesNothing() {
		String changed = CURATED + "dry-run-only,Dry University,Dry Program,phd,,,,,,,researcher,genomics,,,,,\n";

		JsonNode done = awaitFinished(body(upload(changed.getBytes(StandardCharsets.UTF_8), "dry.csv", "dryRun", "true"))
			.get("importId").asString());

		assertThat(done.get("status").asString()).isEqualTo("VALIDATED");
		assertThat(done.get("dryRun").asBoolean()).isTrue();
		assertThat(versions.requireCurrentVersion()).isEqualTo(originalVersion);
		assertThat(get("/api/v1/programs/dry-run-only").statusCode()).isEqualTo(404);
	}

	@Test
	void rejectedRowsAreReportedWithLineColumnAndCodeAndNothingIsPublished() {
		String bad = CURATED + "bad-row-one,Some University,Bad One,doctorate,,,,=1+1,,,student,ethics,,,,,\n"
				+ "harvard-hms-aim-phd,Copy,Copy of Harvard,phd,,,,,,,student,radiology,,,,,\n";

		JsonNode done = awaitFinished(body(upload(bad.getBytes(StandardCharsets.UTF_8), "bad.csv")).get("importId")
			.asString());

		assertThat(done.get("status").asString()).isEqualTo("REJECTED");
		assertThat(done.get("rowsRejected").asInt()).isEqualTo(2);
		assertThat(versions.requireCurrentVersion()).isEqualTo(originalVersion);
		String importId = done.get("importId").asString();
		HttpResponse<String> errors = send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports/" + importId + "/errors")))
			.GET()
			.build());
		assertThat(errors.statusCode()).isEqualTo(200);
		List<String> problems = new ArrayList<>();
		body(errors).forEach(p -> problems.add(p.get("line").asInt() + " " + p.get("row").asInt() + " "
				+ p.get("programId").asString() + " " + p.get("column").asString() + " " + p.get("code").asString()));
		assertThat(problems).contains("38 38 bad-row-one credential ENUM", "38 38 bad-row-one tuition_usd TYPE",
				"39 39 harvard-hms-aim-phd program_id DUPLICATE_ID", "39 39 harvard-hms-aim-phd topics UNKNOWN_TOPIC");
		assertThat(errors.headers().firstValue("X-Total-Count")).contains(String.valueOf(problems.size()));
		assertThat(errors.headers().firstValue("Link")).as("all on one page").isEmpty();
		HttpResponse<String> first = send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports/" + importId
				+ "/errors?size=1"))).GET().build());
		assertThat(body(first).size()).isEqualTo(1);
		assertThat(first.headers().firstValue("Link"))
			.contains("</api/v1/imports/" + importId + "/errors?page=1&size=1>; rel=\"next\"");
		HttpResponse<String> last = send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports/" + importId
				+ "/errors?page=" + (problems.size() - 1) + "&size=1"))).GET().build());
		assertThat(body(last).size()).isEqualTo(1);
		assertThat(last.headers().firstValue("Link")).isEmpty();

		HttpResponse<String> csv = send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports/" + importId + "/errors.csv")))
			.GET()
			.build());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).as("with a byte-order mark, for spreadsheets").startsWith("\uFEFFline,column,code,message,value").contains("'=1+1").doesNotContain(",=1+1");
	}

	@Test
	void withinTheRejectedRowLimitTheValidRowsAreMergedAndPublished() {
		String header = CURATED.substring(0, CURATED.indexOf('\n') + 1);
		String twoRows = header + "merged-program,Merge University,Merged,masters,,,12,,,,student,ethics,,,,,\n"
				+ "bad-row-two,Some University,Bad Two,masters,,,-5,,,,student,ethics,,,,,\n";

		JsonNode done = awaitFinished(body(upload(twoRows.getBytes(StandardCharsets.UTF_8), "one-bad.csv",
				"maxRejectedRows", "1", "mode", "merge"))
			.get("importId")
			.asString());

		assertThat(done.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(done.get("rowsRejected").asInt()).isEqualTo(1);
		assertThat(done.get("mode").asString()).isEqualTo("merge");
		JsonNode merged = body(get("/api/v1/programs?size=200"));
		assertThat(merged.get("total").asInt()).isEqualTo(37);
		assertThat(get("/api/v1/programs/bad-row-two").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/programs/harvard-hms-aim-phd").statusCode()).isEqualTo(200);
	}

	@Test
	void filesThatCannotBeReadAsTheFormatAreRefusedUpFront() {
		HttpResponse<String> missing = upload("program_id,institution\nabc-def,X\n".getBytes(StandardCharsets.UTF_8),
				"missing.csv");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(body(missing).get("detail").asString()).contains("program_name").contains("credential");

		HttpResponse<String> empty = upload(new byte[0], "empty.csv");
		assertThat(empty.statusCode()).isEqualTo(400);

		HttpResponse<String> binary = upload(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2 }, "image.csv");
		assertThat(binary.statusCode()).isEqualTo(400);
		assertThat(body(binary).get("detail").asString()).isNotBlank();
	}

	@Test
	void badPolicyFieldsAre400NamingTheField() {
		JsonNode problem = body(upload(CURATED.getBytes(StandardCharsets.UTF_8), "x.csv", "mode", "append",
				"maxRejectedRows", "-1", "dryRun", "maybe"));

		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("mode", "maxRejectedRows", "dryRun");
	}

	@Test
	void policyFieldsSentEmptyAre400NotTheDefaults() {
		// A script whose variables were not set: it would otherwise publish, or replace instead of merge.
		int before = jdbc.queryForObject("SELECT COUNT(*) FROM import_run", Integer.class);
		JsonNode problem = body(upload(CURATED.getBytes(StandardCharsets.UTF_8), "x.csv", "mode", "", "maxRejectedRows",
				" ", "dryRun", ""));

		List<String> messages = new ArrayList<>();
		problem.get("errors").forEach(error -> messages.add(error.get("message").asString()));
		assertThat(messages).containsExactlyInAnyOrder(
				"dryRun: an empty value is neither true nor false; send one, or leave the field out for false",
				"maxRejectedRows: an empty value is not a number of rows; send one, or leave the field out for 0",
				"mode: an empty value is neither replace nor merge; send one, or leave the field out for replace");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_run", Integer.class)).as("nothing started").isEqualTo(before);
	}

	@Test
	void aFieldUnderAnotherNameIs400NamingTheFieldItMayMeanAndNothingStarts() {
		// Mode=merge ran as a replace of the whole catalog, dry_run=true published (QA21).
		int before = jdbc.queryForObject("SELECT COUNT(*) FROM import_run", Integer.class);
		HttpResponse<String> response = upload(CURATED.getBytes(StandardCharsets.UTF_8), "x.csv", "Mode", "merge",
				"dry_run", "true", "notes", "weekly");

		assertThat(response.statusCode()).isEqualTo(400);
		Map<String, String> messages = new TreeMap<>();
		body(response).get("errors").forEach(error -> messages.put(error.get("field").asString(),
				error.get("code").asString() + " " + error.get("message").asString()));
		assertThat(messages).containsExactly(
				entry("Mode", "UNKNOWN 'Mode' is not a field of an upload; did you mean mode? The fields are file, dryRun, "
						+ "maxRejectedRows, mode, spelled that way; nothing was imported."),
				entry("dry_run", "UNKNOWN 'dry_run' is not a field of an upload; did you mean dryRun? The fields are file, "
						+ "dryRun, maxRejectedRows, mode, spelled that way; nothing was imported."),
				entry("notes", "UNKNOWN 'notes' is not a field of an upload. The fields are file, dryRun, maxRejectedRows, "
						+ "mode, spelled that way; nothing was imported."));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_run", Integer.class)).as("nothing started").isEqualTo(before);
	}

	@Test
	void aSecondFileAFieldSentTwiceOrAFileSentAsTextIs400() {
		Multipart twoFiles = new Multipart().file("file", "a.csv", CURATED.getBytes(StandardCharsets.UTF_8))
			.file("file", "b.csv", CURATED.getBytes(StandardCharsets.UTF_8))
			.field("dryRun", "true")
			.field("dryRun", "false");
		Multipart fileAsText = new Multipart().field("file", CURATED).field("maxRejectedRows", "\u0661");

		assertThat(errors(post(twoFiles))).containsExactlyInAnyOrder(
				"file COUNT file: 2 files were sent; an import takes one file, so send each in an upload of its own",
				"dryRun COUNT dryRun: sent 2 times; send it once");
		assertThat(errors(post(fileAsText))).containsExactlyInAnyOrder(
				"file TYPE file: the part 'file' was sent as a text field; send it as a file upload, with a file name "
						+ "(curl -F file=@catalog.csv)",
				"maxRejectedRows RANGE maxRejectedRows: '\u0661' is not a whole number of rows, 0 or more");
	}

	private List<String> errors(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(400);
		List<String> errors = new ArrayList<>();
		body(response).get("errors").forEach(error -> errors.add(error.get("field").asString() + " "
				+ error.get("code").asString() + " " + error.get("message").asString()));
		return errors;
	}

	private HttpResponse<String> post(Multipart form) {
		return send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports")))
			.header("Content-Type", form.contentType())
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
			.build());
	}

	@Test
	void aBodyThatIsNotMultipartIs415() {
		HttpResponse<String> response = send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build());

		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void aMultipartBodyThatEndsEarlyOrHasNoBoundaryIs400() {
		String cutOff = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc";
		for (String[] request : new String[][] { { "multipart/form-data; boundary=XYZ", cutOff },
				{ "multipart/form-data", "abc" } }) {
			HttpResponse<String> response = send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports")))
				.header("Content-Type", request[0])
				.POST(HttpRequest.BodyPublishers.ofString(request[1]))
				.build());

			assertThat(response.statusCode()).as(request[0]).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(body(response).get("detail").asString()).contains("multipart/form-data");
		}
	}

	@Test
	void longFileNamesAreAcceptedInAnyScriptAndListedShortened() {
		// 250 Cyrillic letters are 500 bytes of UTF-8: more than Tomcat's default part header limit.
		for (String name : List.of("x".repeat(600) + ".csv", "Каталог".repeat(36) + ".csv")) {
			HttpResponse<String> response = upload(CURATED.getBytes(StandardCharsets.UTF_8), name, "dryRun", "true");

			assertThat(response.statusCode()).as(name).isEqualTo(202);
			String listed = body(response).get("fileName").asString();
			assertThat(name).startsWith(listed.substring(0, Math.min(listed.length(), 100)));
			assertThat(listed.length()).isLessThanOrEqualTo(255);
			awaitFinished(body(response).get("importId").asString());
		}
	}

	@Test
	void aFileNameLongerThanAnyFileSystemAllowsIs400WithoutAServerError() {
		HttpResponse<String> response = upload(CURATED.getBytes(StandardCharsets.UTF_8), "x".repeat(20_000) + ".csv");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(body(response).get("detail").asString()).contains("file name");
	}

	@Test
	void anUploadOverTheSizeLimitIs413WithTheSameProblemHoweverFarOverItIs() {
		byte[] farOver = new byte[6 * 1024 * 1024]; // refused from its declared length, before it is read
		byte[] justOver = new byte[5 * 1024 * 1024 + 1]; // refused while it is stored
		Arrays.fill(farOver, (byte) 'a');
		Arrays.fill(justOver, (byte) 'a');

		HttpResponse<String> far = upload(farOver, "big.csv");
		HttpResponse<String> just = upload(justOver, "big.csv");

		assertThat(far.statusCode()).isEqualTo(413);
		assertThat(just.statusCode()).isEqualTo(413);
		for (JsonNode problem : List.of(body(far), body(just))) {
			assertThat(problem.get("detail").asString()).isEqualTo("The file is larger than the limit of 5 MB. Split "
					+ "it, or ask an administrator to raise aimnav.import.max-file-size.");
			assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/imports");
		}
	}

	@Test
	void aSecondImportWhileOneRunsIs409() {
		jdbc.update("UPDATE import_lock SET import_id = 'someone-else', instance_id = 'another-instance', "
				+ "acquired_at = CURRENT_TIMESTAMP, lease_until = DATEADD('HOUR', 1, CURRENT_TIMESTAMP) WHERE id = 1");
		try {
			HttpResponse<String> response = upload(CURATED.getBytes(StandardCharsets.UTF_8), "x.csv");

			assertThat(response.statusCode()).isEqualTo(409);
			assertThat(body(response).get("runningImportId").asString()).isEqualTo("someone-else");
		}
		finally {
			jdbc.update("UPDATE import_lock SET import_id = NULL, instance_id = NULL, acquired_at = NULL, "
					+ "lease_until = NULL WHERE id = 1");
		}
	}

	@Test
	void anonymousUploadsAreRefused() {
		Multipart form = new Multipart().file("file", "x.csv", CURATED.getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/imports"))
			.header("Content-Type", form.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
			.build());

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void historyListsImportsNewestFirstAndUnknownImportsAre404() {
		awaitFinished(body(upload(CURATED.getBytes(StandardCharsets.UTF_8), "again.csv")).get("importId").asString());

		HttpResponse<String> history = send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports"))).GET().build());
		assertThat(history.statusCode()).isEqualTo(200);
		assertThat(body(history).get(0).get("fileName").asString()).isEqualTo("again.csv");
		long total = Long.parseLong(history.headers().firstValue("X-Total-Count").orElseThrow());
		assertThat(body(history).size()).isEqualTo((int) total).isGreaterThanOrEqualTo(2);
		assertThat(history.headers().firstValue("Link")).as("all on one page").isEmpty();

		HttpResponse<String> newest = send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports?size=1"))).GET().build());
		assertThat(body(newest)).singleElement().satisfies(run -> assertThat(run.get("fileName").asString()).isEqualTo("again.csv"));
		assertThat(newest.headers().firstValue("Link")).contains("</api/v1/imports?page=1&size=1>; rel=\"next\"");
		HttpResponse<String> oldest = send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports?page=" + (total - 1) + "&size=1")))
			.GET()
			.build());
		assertThat(body(oldest)).singleElement()
			.satisfies(run -> assertThat(run.get("importId").asString()).isEqualTo(body(history).get((int) total - 1).get("importId").asString()));
		assertThat(oldest.headers().firstValue("Link")).isEmpty();
		assertThat(send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports?size=1001"))).GET().build()).statusCode())
			.isEqualTo(400);
		HttpResponse<String> bothWrong = send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports?page=x&size=abc")))
			.GET()
			.build());
		assertThat(bothWrong.statusCode()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		body(bothWrong).get("errors").forEach(error -> fields.add(error.get("field").asString() + " "
				+ error.get("code").asString()));
		assertThat(fields).as("both named at once, as the upload does").containsExactlyInAnyOrder("page TYPE", "size TYPE");
		HttpResponse<String> problemsWrong = send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports/"
				+ body(history).get(0).get("importId").asString() + "/errors?page=-1&size=10001"))).GET().build());
		List<String> problemFields = new ArrayList<>();
		body(problemsWrong).get("errors").forEach(error -> problemFields.add(error.get("field").asString()));
		assertThat(problemFields).containsExactlyInAnyOrder("page", "size");

		assertThat(send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports/no-such-import"))).GET().build())
			.statusCode()).isEqualTo(404);
		assertThat(send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports/no-such-import/restart")))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build()).statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> upload(byte[] content, String fileName, String... fields) {
		Multipart form = new Multipart();
		for (int i = 0; i < fields.length; i += 2) {
			form.field(fields[i], fields[i + 1]);
		}
		form.file("file", fileName, content);
		return send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports")))
			.header("Content-Type", form.contentType())
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
			.build());
	}

	private JsonNode awaitFinished(String importId) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			JsonNode run = body(send(asAdmin(HttpRequest.newBuilder(uri("/api/v1/imports/" + importId))).GET().build()));
			if (run.get("finished").asBoolean()) {
				return run;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("Import " + importId + " did not finish within 60 s");
	}

	private static String reorderRows(String csv) {
		List<String> lines = new ArrayList<>(List.of(csv.split("\n")));
		String header = lines.remove(0);
		java.util.Collections.reverse(lines);
		return header + "\n" + String.join("\n", lines) + "\n";
	}

	static String curatedCsv() {
		try (InputStream in = ImportApiTests.class.getResourceAsStream("/catalog/programs.csv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
