package org.aimnav.web.versions;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aimnav.catalog.version.CatalogVersion;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.web.support.ServerTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The versions page over real HTTP, signed in through the login form: a staging version is
 * labelled by what its import does, and every import id leads to that import's page.
 */
class VersionPageTests extends ServerTestSupport {

	@Autowired
	CatalogVersions versions;

	@Autowired
	JdbcTemplate jdbc;

	String interruptedImport = UUID.randomUUID().toString();

	String runningImport = UUID.randomUUID().toString();

	int interruptedVersion;

	int runningVersion;

	/**
	 * What an import leaves when its instance dies mid-file and the platform starts again: its
	 * version staging, itself failed and awaiting a restart. Beside it an import that runs (its
	 * instance holds the import lock, so the sweep for dead imports leaves it alone).
	 */
	@BeforeEach
	void stageAnInterruptedAndARunningImport() {
		interruptedVersion = stage(interruptedImport, "FAILED");
		runningVersion = stage(runningImport, "RUNNING");
		jdbc.update("UPDATE import_lock SET import_id = ?, instance_id = 'another-instance', "
				+ "acquired_at = CURRENT_TIMESTAMP, lease_until = DATEADD('HOUR', 1, CURRENT_TIMESTAMP) WHERE id = 1",
				runningImport);
	}

	@AfterEach
	void removeThem() {
		jdbc.update("UPDATE import_lock SET import_id = NULL, instance_id = NULL, acquired_at = NULL, "
				+ "lease_until = NULL WHERE id = 1");
		versions.discard(interruptedVersion);
		versions.discard(runningVersion);
		jdbc.update("DELETE FROM import_run WHERE import_id IN (?, ?)", interruptedImport, runningImport);
	}

	@Test
	void aStagingVersionWhoseImportFailedIsInterruptedAndLeadsToItsImportPage() {
		String page = versionsPage();

		String interrupted = row(page, interruptedVersion);
		assertThat(interrupted).contains("Interrupted: restart it from its import page")
			.contains("href=\"/admin/imports/" + interruptedImport + "\"")
			.doesNotContain("Being imported");
		assertThat(row(page, runningVersion)).contains("Being imported").doesNotContain("Interrupted");
	}

	@Test
	void everyImportIdLeadsToItsImportPage() {
		String page = versionsPage();

		for (CatalogVersion version : versions.list()) {
			assertThat(row(page, version.version())).as("version " + version.version())
				.contains("<a href=\"/admin/imports/" + version.importId() + "\"><code class=\"small\">"
						+ version.importId() + "</code></a>");
		}
	}

	private int stage(String importId, String status) {
		int version = versions.createStaging(importId);
		boolean failed = status.equals("FAILED");
		jdbc.update("INSERT INTO import_run (import_id, file_name, stored_file, sha256, status, dry_run, import_mode, "
				+ "max_rejected_rows, started_at, finished_at, bytes_total, staging_version, message) VALUES (?, ?, ?, ?, ?, "
				+ "FALSE, 'REPLACE', 0, CURRENT_TIMESTAMP, ?, 1000, ?, ?)", importId, "big.csv",
				"target/tmp/" + importId + ".csv", "0".repeat(64), status, failed ? Timestamp.from(Instant.now()) : null,
				version, failed ? "The import was interrupted. Restart the import to resume." : null);
		return version;
	}

	private String versionsPage() {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/admin/versions"))
			.header("Accept", "text/html")
			.header("Cookie", signIn())
			.GET()
			.build());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/** Signs in through the login form as a curator's browser does; the session cookie that holds it. */
	private String signIn() {
		HttpResponse<String> form = getHtml("/login");
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(token.find()).as(form.body()).isTrue();
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", session(form))
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
					+ URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error"));
		return session(signedIn);
	}

	private static String session(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
	}

	private static String row(String page, int version) {
		Matcher row = Pattern.compile("(?s)<tr data-version=\"" + version + "\">(.*?)</tr>").matcher(page);
		assertThat(row.find()).as("a row of version " + version).isTrue();
		return row.group(1);
	}

}
