package org.aimnav.web.browser;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.web.catalog.Formats;
import org.aimnav.web.support.Browser;
import org.aimnav.web.support.Multipart;
import org.aimnav.web.support.ServerTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A curator uploading through the pages in a real headless Chromium, then rolling back. */
class ImportBrowserTests extends ServerTestSupport {

	static final Set<String> FINISHED = Set.of("PUBLISHED", "VALIDATED", "REJECTED", "FAILED", "UNCHANGED");

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	CatalogVersions versions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Formats formats;

	int originalVersion;

	@BeforeEach
	void signIn() {
		originalVersion = versions.requireCurrentVersion();
		WebDriver driver = browser.driver();
		driver.manage().deleteAllCookies();
		driver.get(uri("/admin/imports").toString());
		browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
		browser.click(By.cssSelector("form button[type=submit]"));
		browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/admin/imports"));
	}

	@AfterEach
	void putTheCuratedCatalogBack() {
		if (versions.requireCurrentVersion() != originalVersion) {
			versions.activate(originalVersion);
		}
	}

	@Test
	void aFileWithBadRowsIsReportedByRuleWithLinesAndColumns() throws IOException {
		Path file = fixture("bad-rows.csv", curated() + "bad-browser-row,Some University,Bad,doctorate,,,,abc,,,"
				+ "student,astrology,,,,,\n");

		WebDriver driver = upload(file, false);

		assertThat(driver.findElement(By.cssSelector("[data-testid=status]")).getText()).isEqualTo("Rejected");
		WebElement report = driver.findElement(By.cssSelector("[data-testid=report]"));
		assertThat(report.findElements(By.cssSelector("[data-code]"))).extracting(e -> e.getDomAttribute("data-code"))
			.contains("ENUM", "TYPE", "UNKNOWN_TOPIC");
		List<WebElement> enumRows = report.findElements(By.cssSelector("table[data-table=ENUM] tbody tr"));
		assertThat(enumRows).hasSize(1);
		assertThat(enumRows.get(0).getText()).contains("38").contains("credential").contains("doctorate");
		assertThat(driver.findElement(By.cssSelector("[data-testid=errors-csv]")).getDomAttribute("href"))
			.endsWith("/errors.csv");
		browser.screenshot("import-report");
		assertThat(versions.requireCurrentVersion()).isEqualTo(originalVersion);
	}

	@Test
	void aGoodFileIsPublishedThenRolledBackOnTheVersionsPage() throws IOException {
		Path file = fixture("one-more.csv", curated() + "browser-added-program,Browser University,Added,"
				+ "short_course,online,self_paced,1,100,,,engineer,programming,none,,,,\n");

		WebDriver driver = upload(file, false);

		assertThat(driver.findElement(By.cssSelector("[data-testid=status]")).getText()).isEqualTo("Published");
		assertThat(driver.findElement(By.cssSelector("[data-testid=progress-text]")).getText()).contains("37 rows");
		int published = versions.requireCurrentVersion();
		assertThat(published).isNotEqualTo(originalVersion);

		WebElement whatChanged = driver.findElement(By.cssSelector("[data-testid=what-changed]"));
		assertThat(whatChanged.getText()).isEqualTo("What changed since version " + originalVersion);
		browser.click(By.cssSelector("[data-testid=what-changed]"));
		browser.waitUpTo(Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=added]")));
		assertThat(driver.findElement(By.cssSelector("[data-testid=added]")).getText()).contains("browser-added-program");
		assertThat(driver.findElement(By.cssSelector("[data-testid=removed-none]")).getText()).isEqualTo("None");
		assertThat(driver.findElement(By.cssSelector("[data-testid=changed-none]")).getText()).isEqualTo("None");
		assertThat(driver.findElements(By.cssSelector("[data-testid=added-none]"))).isEmpty();
		browser.click(By.cssSelector("tr[data-version='" + originalVersion + "'] form button"));
		browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).dismiss();
		assertThat(versions.requireCurrentVersion()).as("cancelled: nothing changes").isEqualTo(published);
		browser.click(By.cssSelector("tr[data-version='" + originalVersion + "'] form button"));
		Alert confirm = browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
		assertThat(confirm.getText()).isEqualTo("Make version " + originalVersion + " (36 programs) the current catalog "
				+ "instead of version " + published + " (37 programs)? Everyone sees the change within seconds.");
		confirm.accept();
		browser.waitUpTo(Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=activated]")));
		assertThat(versions.requireCurrentVersion()).isEqualTo(originalVersion);
		assertThat(driver.findElement(By.cssSelector("tr[data-version='" + originalVersion + "'] [data-testid=current-since]"))
			.getText()).as("when the rollback made it current, not when it was published")
			.isEqualTo("since " + formats.timestamp(versions.find(originalVersion).orElseThrow().currentSince()));
		browser.screenshot("versions-after-rollback");
	}

	@Test
	void aDryRunReportsWithoutPublishing() throws IOException {
		Path file = fixture("dry.csv", curated() + "dry-browser-row,Dry University,Dry,phd,,,,,,,researcher,"
				+ "genomics,,,,,\n");

		WebDriver driver = upload(file, true);

		assertThat(driver.findElement(By.cssSelector("[data-testid=status]")).getText()).isEqualTo("Validated (dry run)");
		assertThat(driver.findElement(By.cssSelector("[data-testid=policy]")).getText())
			.isEqualTo("Replace the catalog; no rejected rows allowed (dry run)");
		assertThat(versions.requireCurrentVersion()).isEqualTo(originalVersion);
	}

	@Test
	void aDryRunOverTheRejectedRowLimitReadsWouldBeRejected() throws IOException {
		Path file = fixture("dry-bad.csv", curated() + "dry-bad-row,Dry University,Dry,doctorate,,,,,,,researcher,"
				+ "genomics,,,,,\n");

		WebDriver driver = upload(file, true);

		assertThat(driver.findElement(By.cssSelector("[data-testid=status]")).getText())
			.isEqualTo("Would be rejected (dry run)");
		assertThat(driver.findElement(By.cssSelector("[data-testid=message]")).getText())
			.contains("would be rejected", "Dry run: nothing was staged or published");
	}

	@Test
	void aFileOverTheSizeLimitIsNamedBeforeAnythingIsUploaded() throws IOException {
		Path file = bigFile("too-big.csv");
		int imports = importCount();
		WebDriver driver = browser.driver();
		driver.get(uri("/admin/imports").toString());
		new Select(driver.findElement(By.id("mode"))).selectByValue("merge");

		driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());

		WebElement error = driver.findElement(By.cssSelector("[data-testid=upload-error]"));
		assertThat(error.isDisplayed()).isTrue();
		assertThat(error.getText()).startsWith("too-big.csv is larger than the limit of 5 MB for an import.");
		browser.click(By.id("upload-submit"));
		assertThat(driver.getCurrentUrl()).endsWith("/admin/imports");
		assertThat(new Select(driver.findElement(By.id("mode"))).getFirstSelectedOption().getDomAttribute("value"))
			.as("the form keeps what was chosen").isEqualTo("merge");
		assertThat(importCount()).isEqualTo(imports);
		browser.screenshot("import-too-large");
	}

	@Test
	void theServerRefusesAFileOverTheLimitWithAPageThatNamesTheLimit() {
		// As a browser without JavaScript would post it, with the signed-in curator's session and the
		// form's CSRF token. (Chromium itself may show a reset connection instead: the server answers
		// at once and does not read a body it refuses.)
		byte[] big = new byte[6 * 1024 * 1024];
		Arrays.fill(big, (byte) 'a');

		HttpResponse<String> response = postUploadForm(form -> form.file("file", "too-big.csv", big));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("larger than the limit of 5 MB for an import")
			.contains("href=\"/admin/imports\"");
	}

	@Test
	void aFormFieldThatCannotBeReadIsNamedAndNotBlamedOnTheFile() {
		HttpResponse<String> response = postUploadForm(form -> form.field("maxRejectedRows", "abc")
			.file("file", "good.csv", "program_id\n".getBytes(StandardCharsets.UTF_8)));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Nothing was uploaded:")
			.contains("&quot;Rejected rows allowed&quot; must be a whole number, 0 or more (&#39;abc&#39; is not one).")
			.doesNotContain("The file was refused");
		HttpResponse<String> dryRun = postUploadForm(form -> form.field("dryRun", "maybe")
			.file("file", "good.csv", "program_id\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(dryRun.statusCode()).isEqualTo(400);
		assertThat(dryRun.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
		assertThat(dryRun.body()).contains("&quot;Dry run&quot; must be on or off (&#39;maybe&#39; is neither).");
	}

	/**
	 * Posts the upload form as a browser without JavaScript would, with the signed-in curator's
	 * session and the form's CSRF token.
	 */
	private HttpResponse<String> postUploadForm(UnaryOperator<Multipart> fields) {
		WebDriver driver = browser.driver();
		driver.get(uri("/admin/imports").toString());
		String csrf = driver.findElement(By.cssSelector("#upload-form input[name=_csrf]")).getDomAttribute("value");
		String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
		Multipart form = fields.apply(new Multipart().field("_csrf", csrf));
		return send(HttpRequest.newBuilder(uri("/admin/imports"))
			.header("Content-Type", form.contentType())
			.header("Accept", "text/html")
			.header("Cookie", "JSESSIONID=" + session)
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
			.build());
	}

	@Test
	void anUploadWhileAnotherImportRunsNamesTheFileThatWasNotImported() throws IOException {
		String running = jdbc.queryForObject("SELECT import_id FROM import_run ORDER BY started_at DESC "
				+ "FETCH FIRST 1 ROWS ONLY", String.class);
		jdbc.update("UPDATE import_lock SET import_id = ?, instance_id = 'another-instance', "
				+ "acquired_at = CURRENT_TIMESTAMP, lease_until = DATEADD('HOUR', 1, CURRENT_TIMESTAMP) WHERE id = 1",
				running);
		try {
			Path file = fixture("while-busy.csv", curated());
			WebDriver driver = browser.driver();
			driver.get(uri("/admin/imports").toString());
			driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());

			browser.click(By.id("upload-submit"));

			browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/admin/imports/" + running));
			assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText())
				.isEqualTo("while-busy.csv was not imported: this import is running, and imports run one at a time. "
						+ "Upload the file again when it has finished.");
		}
		finally {
			jdbc.update("UPDATE import_lock SET import_id = NULL, instance_id = NULL, acquired_at = NULL, "
					+ "lease_until = NULL WHERE id = 1");
		}
	}

	@Test
	void aPageAddressWithAParameterOfTheWrongTypeNamesIt() {
		WebDriver driver = browser.driver();

		driver.get(uri("/admin/versions?from=abc").toString());

		assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("400");
		assertThat(driver.findElement(By.cssSelector("[data-testid=error-detail]")).getText())
			.isEqualTo("The parameter 'from' of this address must be a whole number; 'abc' is not.");
	}

	@Test
	void theHistoryShowsTheNearestPageThereIsForAPageBeforeTheFirstOrPastTheLast() {
		WebDriver driver = browser.driver();
		String newest = driver.findElement(By.cssSelector("[data-testid=history] tbody tr")).getText();

		for (String page : new String[] { "-1", "400" }) {
			driver.get(uri("/admin/imports?page=" + page).toString());
			List<WebElement> rows = driver.findElements(By.cssSelector("[data-testid=history] tbody tr"));
			assertThat(rows).as(page).isNotEmpty().hasSizeLessThanOrEqualTo(25);
			if (importCount() <= 25) {
				assertThat(rows.get(0).getText()).as(page).isEqualTo(newest);
				assertThat(driver.findElements(By.cssSelector("[data-testid=history-pages]"))).isEmpty();
			}
		}
		driver.get(uri("/admin/imports?page=x").toString());
		assertThat(driver.findElement(By.cssSelector("[data-testid=error-detail]")).getText())
			.isEqualTo("The parameter 'page' of this address must be a whole number; 'x' is not.");
	}

	private int importCount() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM import_run", Integer.class);
	}

	/** A file one megabyte over the 5 MB limit the test server runs with. */
	private static Path bigFile(String name) throws IOException {
		Path folder = Files.createDirectories(Path.of("target/tmp/browser-uploads"));
		byte[] content = new byte[6 * 1024 * 1024];
		Arrays.fill(content, (byte) 'a');
		return Files.write(folder.resolve(name), content);
	}

	private WebDriver upload(Path file, boolean dryRun) {
		WebDriver driver = browser.driver();
		driver.get(uri("/admin/imports").toString());
		driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		new Select(driver.findElement(By.id("mode"))).selectByValue("replace");
		if (dryRun) {
			browser.click(By.id("dryRun"));
		}
		browser.click(By.id("upload-submit"));
		browser.waitUpTo(Duration.ofSeconds(60)).until(d -> {
			List<WebElement> progress = d.findElements(By.cssSelector("[data-testid=progress]"));
			return !progress.isEmpty() && FINISHED.contains(progress.get(0).getDomAttribute("data-status"))
					&& !d.findElements(By.cssSelector("[data-testid=message]")).isEmpty();
		});
		return driver;
	}

	private static Path fixture(String name, String content) throws IOException {
		Path folder = Files.createDirectories(Path.of("target/tmp/browser-uploads"));
		return Files.writeString(folder.resolve(name), content);
	}

	private static String curated() throws IOException {
		try (var in = ImportBrowserTests.class.getResourceAsStream("/catalog/programs.csv")) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

}
