package org.aimnav.ingest.job;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.CatalogColumn;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.PriorDegree;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.support.TestPrograms;
import org.aimnav.catalog.version.CatalogVersion;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.catalog.version.VersionStatus;
import org.aimnav.ingest.ImportHistory;
import org.aimnav.ingest.ImportInProgressException;
import org.aimnav.ingest.ImportMode;
import org.aimnav.ingest.ImportNotRestartableException;
import org.aimnav.ingest.ImportOptions;
import org.aimnav.ingest.ImportProblem;
import org.aimnav.ingest.ImportProgress;
import org.aimnav.ingest.ImportRefusedException;
import org.aimnav.ingest.ImportRun;
import org.aimnav.ingest.ImportStatus;
import org.aimnav.ingest.Imports;
import org.aimnav.ingest.ProblemCode;
import org.aimnav.ingest.RefusalReason;
import org.aimnav.ingest.support.AwaitImports;
import org.aimnav.ingest.support.SyntheticCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.aimnav.catalog.support.TestPrograms.program;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What an import promises, run against each database the product supports (a subclass per
 * database): imports are launched as a curator would, through {@link Imports}, and their outcome
 * is read back from the catalog.
 */
@Import(ImportTestConfiguration.class)
abstract class ImportJobContract {

	@Autowired
	Imports imports;

	@Autowired
	CatalogVersions versions;

	@Autowired
	ProgramRepository programs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FaultyStager stager;

	@Autowired
	ImportLock lock;

	@Autowired
	ImportRecovery recovery;

	@Autowired
	FailedImportCleanup cleanup;

	@Autowired
	ImportShutdown shutdown;

	@BeforeEach
	void emptyDatabase() {
		stager.reset();
		jdbc.update("UPDATE import_lock SET import_id = NULL, instance_id = NULL, acquired_at = NULL, lease_until = NULL");
		jdbc.update("DELETE FROM import_problem");
		jdbc.update("DELETE FROM import_problem_count");
		jdbc.update("DELETE FROM import_run");
		jdbc.update("DELETE FROM catalog_current");
		jdbc.update("DELETE FROM program");
		jdbc.update("DELETE FROM catalog_version");
	}

	@AfterEach
	void releaseBlockedImports() {
		stager.reset();
	}

	@Test
	void theCuratedCatalogIsPublishedAsTheCurrentVersion() throws IOException {
		List<ImportProgress> progress = new CopyOnWriteArrayList<>();

		ImportRun run = imports.runAndWait("programs.csv", resource("/catalog/programs.csv"), ImportOptions.defaults(),
				progress::add);

		assertThat(run.status()).isEqualTo(ImportStatus.PUBLISHED);
		assertThat(run.rowsRead()).isEqualTo(36);
		assertThat(run.rowsValid()).isEqualTo(36);
		assertThat(run.rowsRejected()).isZero();
		assertThat(run.catalogVersion()).isEqualTo(versions.requireCurrentVersion());
		assertThat(run.sha256()).hasSize(64);
		assertThat(run.bytesRead()).isEqualTo(run.bytesTotal()).isPositive();
		assertThat(run.delimiter()).isEqualTo("comma");
		assertThat(run.finishedAt()).isAfterOrEqualTo(run.startedAt());
		assertThat(run.message()).contains("Published catalog version " + run.catalogVersion());
		assertThat(run.replacedVersion()).as("the first catalog replaces none").isNull();
		assertThat(progress).last().satisfies(p -> assertThat(p.status()).isEqualTo(ImportStatus.PUBLISHED));
		for (Program expected : TestPrograms.curated()) {
			assertThat(programs.find(run.catalogVersion(), expected.programId())).contains(expected);
		}
		assertThat(versions.current().orElseThrow().importId()).isEqualTo(run.importId());
		assertChecksumKeptWhileStagingIsTheContents();
	}

	@Test
	void everyProblemOfEveryRowIsReportedWithItsLineColumnAndCode() throws IOException {
		ImportRun run = runFixture("programs-with-every-problem.csv", ImportOptions.defaults());

		assertThat(run.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(run.rowsRead()).isEqualTo(17);
		assertThat(run.rowsValid()).isEqualTo(2);
		assertThat(run.rowsRejected()).isEqualTo(15);
		assertThat(run.message()).isEqualTo("17 rows read: 2 valid, 15 rejected. The import allows no rejected row, so "
				+ "nothing was published; the catalog is unchanged. See the problems.");
		assertThat(run.warnings()).contains("2 blank rows were skipped.");
		assertThat(imports.problems(run.importId(), 0, 100))
			.extracting(ImportProblem::line, ImportProblem::column, ImportProblem::code)
			.containsExactly(tuple(6L, "program_id", ProblemCode.REQUIRED),
					tuple(6L, "program_name", ProblemCode.REQUIRED),
					tuple(7L, "duration_months", ProblemCode.TYPE), tuple(7L, "tuition_usd", ProblemCode.TYPE),
					tuple(8L, "duration_months", ProblemCode.RANGE), tuple(8L, "tuition_usd", ProblemCode.RANGE),
					tuple(9L, "institution", ProblemCode.LENGTH), tuple(10L, "program_id", ProblemCode.PATTERN),
					tuple(11L, "credential", ProblemCode.ENUM), tuple(11L, "delivery_format", ProblemCode.ENUM),
					tuple(11L, "pace", ProblemCode.ENUM), tuple(11L, "country", ProblemCode.ENUM),
					tuple(11L, "audiences", ProblemCode.ENUM), tuple(11L, "min_prior_degree", ProblemCode.ENUM),
					tuple(12L, "topics", ProblemCode.UNKNOWN_TOPIC), tuple(12L, "topics", ProblemCode.UNKNOWN_TOPIC),
					tuple(13L, "url", ProblemCode.URL), tuple(13L, "source_url", ProblemCode.URL),
					tuple(14L, "last_verified", ProblemCode.DATE), tuple(15L, "last_verified", ProblemCode.DATE),
					tuple(16L, null, ProblemCode.COLUMN_COUNT), tuple(17L, "institution", ProblemCode.ENCODING),
					tuple(17L, "program_name", ProblemCode.ENCODING), tuple(20L, "program_id", ProblemCode.DUPLICATE_ID),
					tuple(21L, "program_name", ProblemCode.ENCODING),
					tuple(24L, "institution", ProblemCode.SPREADSHEET_ERROR));
		// The first record spans three lines: a spreadsheet shows line 6 as row 4, and so on.
		assertThat(imports.problems(run.importId(), 0, 100))
			.filteredOn(problem -> problem.line() == 6 || problem.line() == 21 || problem.line() == 24)
			.extracting(ImportProblem::line, ImportProblem::row, ImportProblem::programId)
			.containsExactly(tuple(6L, 4L, null), tuple(6L, 4L, null), tuple(21L, 19L, "multi-line-name"),
					tuple(24L, 21L, "spreadsheet-error"));
		assertThat(run.countsByCode()).isEqualTo(Map.ofEntries(Map.entry(ProblemCode.REQUIRED, 2L),
				Map.entry(ProblemCode.TYPE, 2L), Map.entry(ProblemCode.RANGE, 2L), Map.entry(ProblemCode.LENGTH, 1L),
				Map.entry(ProblemCode.PATTERN, 1L), Map.entry(ProblemCode.ENUM, 6L),
				Map.entry(ProblemCode.UNKNOWN_TOPIC, 2L), Map.entry(ProblemCode.URL, 2L), Map.entry(ProblemCode.DATE, 2L),
				Map.entry(ProblemCode.DUPLICATE_ID, 1L), Map.entry(ProblemCode.COLUMN_COUNT, 1L),
				Map.entry(ProblemCode.ENCODING, 3L), Map.entry(ProblemCode.SPREADSHEET_ERROR, 1L)));
		assertThat(versions.currentVersion()).isEmpty();
	}

	@Test
	void spreadsheetDialectsAreReadAndReportedAsWarnings() throws IOException {
		ImportRun run = runFixture("programs-semicolon-bom-crlf.csv", ImportOptions.defaults());

		assertThat(run.status()).isEqualTo(ImportStatus.PUBLISHED);
		assertThat(run.delimiter()).isEqualTo("semicolon");
		assertThat(run.warnings()).containsExactly(
				"Values are separated by semicolons (;) instead of commas; the file was read that way.",
				"Columns that the catalog format does not have were ignored: Notes.");
		int version = run.catalogVersion();
		assertThat(programs.find(version, "dialect-phd")).contains(program("dialect-phd").name("PhD in Clinical AI")
			.institution("Example University")
			.credential(Credential.PHD)
			.format(DeliveryFormat.IN_PERSON)
			.pace(Pace.FULL_TIME)
			.months("48")
			.tuition("0")
			.country("US")
			.city("Boston")
			.audiences(Audience.RESEARCHER, Audience.STUDENT)
			.topics("machine_learning", "medical_imaging")
			.minPriorDegree(PriorDegree.BACHELORS)
			.description("Doctoral research; funded.")
			.url("https://www.example.edu/phd")
			.lastVerified("2024-01-15")
			.build());
		assertThat(programs.find(version, "dialect-cert")).hasValueSatisfying(p -> {
			assertThat(p.credential()).isEqualTo(Credential.GRADUATE_CERTIFICATE);
			assertThat(p.pace()).isEqualTo(Pace.PART_TIME);
			assertThat(p.durationMonths()).isEqualByComparingTo("6.5");
			assertThat(p.tuitionUsd()).isEqualByComparingTo("12000");
			assertThat(p.description()).isNull();
			assertThat(p.sourceUrl()).isEqualTo("https://www.example.org/source");
		});
		assertThat(programs.find(version, "dialect-short")).as("decimal commas, as such a spreadsheet writes them")
			.hasValueSatisfying(p -> {
				assertThat(p.durationMonths()).isEqualByComparingTo("0.75");
				assertThat(p.tuitionUsd()).isEqualByComparingTo("1500.5");
			});
	}

	@Test
	void aMacExcelExportWithItsSeparatorLineAndLoneCarriageReturnsPublishesTheSameCatalog() throws IOException {
		String crlf = new String(bytes("programs-semicolon-bom-crlf.csv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
		String mac = "\uFEFFsep=;\r" + crlf.replace("\r\n", "\r");

		ImportRun run = imports.runAndWait("mac.csv", csv(mac), ImportOptions.defaults(), p -> {
		});
		ImportRun same = runFixture("programs-semicolon-bom-crlf.csv", ImportOptions.defaults());

		assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.PUBLISHED);
		assertThat(run.delimiter()).isEqualTo("semicolon");
		assertThat(same.status()).as("the CRLF file holds the same catalog").isEqualTo(ImportStatus.UNCHANGED);
	}

	@Test
	void valuesWithBackslashesTabsQuotesAndLineBreaksAreStoredExactlyTheLineBreaksAsLineFeeds() throws IOException {
		String description = "Paths like C:\\data\\new, a\ttab, \"quotes\", ünïcödé and 東京,\r\nand two\nlines.";
		String row = "exact-values,Test University,\"Name, with \"\"quotes\"\"\",masters,,,,,,,student,nlp,,\""
				+ description.replace("\"", "\"\"") + "\",,,\n";

		ImportRun run = imports.runAndWait("exact.csv", csv(header() + row), ImportOptions.defaults(), p -> {
		});

		assertThat(run.status()).isEqualTo(ImportStatus.PUBLISHED);
		Program stored = programs.find(run.catalogVersion(), "exact-values").orElseThrow();
		assertThat(stored.description()).isEqualTo(description.replace("\r\n", "\n"));
		assertThat(stored.programName()).isEqualTo("Name, with \"quotes\"");
		assertChecksumKeptWhileStagingIsTheContents();
	}

	@Test
	void aTabDelimitedFileIsReadWithTabs() throws IOException {
		ImportRun run = runFixture("programs-tab-delimited.csv", ImportOptions.defaults());

		assertThat(run.status()).isEqualTo(ImportStatus.PUBLISHED);
		assertThat(run.delimiter()).isEqualTo("tab");
		assertThat(run.warnings()).containsExactly(
				"Values are separated by tabs instead of commas; the file was read that way.");
		assertThat(programs.find(run.catalogVersion(), "dialect-tab").orElseThrow().description())
			.isEqualTo("Words, with commas");
	}

	@Test
	void aDuplicateIdIsRejectedOnEveryOccurrenceAfterTheFirstAcrossChunks() throws IOException {
		ImportRun run = runFixture("programs-with-duplicate-ids.csv", ImportOptions.defaults().withMaxRejectedRows(4));

		assertThat(run.status()).isEqualTo(ImportStatus.PUBLISHED);
		assertThat(run.rowsValid()).isEqualTo(26);
		assertThat(imports.problems(run.importId(), 0, 100))
			.extracting(ImportProblem::line, ImportProblem::code, ImportProblem::value)
			.containsExactly(tuple(14L, ProblemCode.DUPLICATE_ID, "dup-03"), tuple(17L, ProblemCode.DUPLICATE_ID, "dup-14"),
					tuple(27L, ProblemCode.DUPLICATE_ID, "dup-03"), tuple(31L, ProblemCode.DUPLICATE_ID, "dup-20"));
		assertThat(imports.problems(run.importId(), 0, 1).get(0).message())
			.isEqualTo("program_id 'dup-03' is already used by the row on line 5; every program id must be unique in "
					+ "the file");
		assertThat(programs.find(run.catalogVersion(), "dup-03").orElseThrow().programName()).isEqualTo("Program 3");
	}

	@Test
	void moreRejectedRowsThanThePolicyAllowsPublishNothing() throws IOException {
		int current = publishCurated();

		ImportRun run = runFixture("programs-with-duplicate-ids.csv", ImportOptions.defaults().withMaxRejectedRows(3));

		assertThat(run.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(run.catalogVersion()).isNull();
		assertThat(run.message()).contains("at most 3 rejected rows");
		assertThat(versions.requireCurrentVersion()).isEqualTo(current);
		assertThat(versions.list()).extracting(CatalogVersion::version).containsExactly(current);
	}

	@Test
	void rejectedRowsWithinThePolicyLeaveTheValidRowsPublished() throws IOException {
		int before = publishCurated();

		ImportRun run = runFixture("programs-with-duplicate-ids.csv", ImportOptions.defaults().withMaxRejectedRows(4));

		assertThat(run.status()).isEqualTo(ImportStatus.PUBLISHED);
		assertThat(programs.count(run.catalogVersion())).isEqualTo(26);
		assertThat(run.countsByCode()).isEqualTo(Map.of(ProblemCode.DUPLICATE_ID, 4L));
		assertThat(run.replacedVersion()).isEqualTo(before);
		assertThat(run.message()).contains("it is now current instead of version " + before + " (36 programs)")
			.contains("The 4 rejected rows are not in it");
	}

	@Test
	void replaceMakesTheFileTheWholeCatalog() throws IOException {
		publishCurated();

		ImportRun run = runFixture("programs-tab-delimited.csv", ImportOptions.defaults());

		assertThat(run.mode()).isEqualTo(ImportMode.REPLACE);
		assertThat(programs.count(versions.requireCurrentVersion())).isEqualTo(1);
	}

	@Test
	void mergeUpsertsTheFileIntoACopyOfTheCurrentVersion() throws IOException {
		int before = publishCurated();
		String changed = "harvard-hms-aim-phd,Harvard Medical School,Renamed Track,phd,in_person,full_time,,0,US,Boston,"
				+ "researcher,machine_learning,bachelors,,https://www.example.edu/harvard,,2024-01-01\n";
		String added = "brand-new-course,New University,New Course,short_course,online,self_paced,2,100,,,clinician,nlp,"
				+ "none,,,,\n";

		ImportRun run = imports.runAndWait("merge.csv", csv(header() + changed + added),
				ImportOptions.defaults().withMode(ImportMode.MERGE), p -> {
				});

		assertThat(run.status()).isEqualTo(ImportStatus.PUBLISHED);
		int after = versions.requireCurrentVersion();
		assertThat(programs.count(after)).isEqualTo(37);
		assertThat(programs.find(after, "harvard-hms-aim-phd").orElseThrow().programName()).isEqualTo("Renamed Track");
		assertThat(programs.find(after, "brand-new-course")).isPresent();
		assertThat(versions.diff(before, after).added()).containsExactly("brand-new-course");
		assertThat(versions.diff(before, after).removed()).isEmpty();
		assertThat(versions.diff(before, after).changed()).hasSize(1);
		assertChecksumKeptWhileStagingIsTheContents();
	}

	@Test
	void aMergeKeepsTheCurrentValuesOfTheColumnsItsFileDoesNotHave() throws IOException {
		// A sheet of a few columns to fix cities blanked every other field of the programs it named (QA21).
		int before = publishCurated();
		Program harvard = programs.find(before, "harvard-hms-aim-phd").orElseThrow();
		String file = "program_id,institution,program_name,credential,audiences,topics,city\n"
				+ "harvard-hms-aim-phd,Harvard Medical School,Renamed Track,phd,researcher,machine_learning,Cambridge\n"
				+ "brand-new-course,New University,New Course,short_course,clinician,nlp,Lyon\n";

		ImportRun dryRun = imports.runAndWait("cities.csv", csv(file),
				ImportOptions.defaults().withMode(ImportMode.MERGE).withDryRun(true), p -> {
				});
		ImportRun run = imports.runAndWait("cities.csv", csv(file), ImportOptions.defaults().withMode(ImportMode.MERGE),
				p -> {
				});

		String warning = "The file has no column delivery_format, pace, duration_months, tuition_usd, country, "
				+ "min_prior_degree, description, url, source_url, last_verified: the programs it changes keep their "
				+ "current values of those fields, and the programs it adds have none.";
		assertThat(dryRun.warnings()).contains(warning);
		assertThat(run.status()).isEqualTo(ImportStatus.PUBLISHED);
		assertThat(run.warnings()).contains(warning);
		int after = versions.requireCurrentVersion();
		Program merged = programs.find(after, "harvard-hms-aim-phd").orElseThrow();
		assertThat(merged.programName()).isEqualTo("Renamed Track");
		assertThat(merged.city()).isEqualTo("Cambridge");
		assertThat(merged.audiences()).containsExactly(Audience.RESEARCHER);
		assertThat(merged).usingRecursiveComparison()
			.ignoringFields("institution", "programName", "city", "audiences", "topics")
			.isEqualTo(harvard);
		assertThat(harvard.tuitionUsd()).as("a kept value that was there").isNotNull();
		Program added = programs.find(after, "brand-new-course").orElseThrow();
		assertThat(added.tuitionUsd()).isNull();
		assertThat(added.city()).isEqualTo("Lyon");
		assertThat(versions.diff(before, after).changed()).singleElement()
			.satisfies(change -> assertThat(change.fields()).extracting(field -> field.field())
				.containsExactlyInAnyOrder("institution", "program_name", "city", "audiences", "topics"));
		assertChecksumKeptWhileStagingIsTheContents();

		String unchanged = "program_id,institution,program_name,credential,audiences,topics,city\n"
				+ String.join(",", merged.programId(), "\"" + merged.institution() + "\"", "\"" + merged.programName() + "\"",
						merged.credential().code(), merged.audiences().get(0).code(), String.join(";", merged.topics()),
						merged.city()) + "\n";
		ImportRun sameDryRun = imports.runAndWait("same-cities.csv", csv(unchanged),
				ImportOptions.defaults().withMode(ImportMode.MERGE).withDryRun(true), p -> {
				});
		assertThat(sameDryRun.message()).as("the kept columns counted as the merge would keep them")
			.endsWith("an import of this file would be UNCHANGED.");
	}

	@Test
	void aFileWithoutAValidRowIsRejectedWhateverTheLimitAndTheMode() throws IOException {
		int current = publishCurated();
		String file = header() + "bad-one,Test University,Program,doctorate,,,,,,,student,nlp,,,,,\n"
				+ "bad-two,Test University,Program,masters,,,,,,,student,quantum_computing,,,,,\n";

		ImportRun replace = imports.runAndWait("bad.csv", csv(file), ImportOptions.defaults().withMaxRejectedRows(5), p -> {
		});
		ImportRun merge = imports.runAndWait("bad.csv", csv(file),
				ImportOptions.defaults().withMaxRejectedRows(5).withMode(ImportMode.MERGE), p -> {
				});

		assertThat(replace.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(replace.message()).isEqualTo("2 rows read: 0 valid, 2 rejected. No row is valid, and an empty catalog "
				+ "is never published. See the problems.");
		assertThat(merge.status()).as("not UNCHANGED, which a script takes for nothing to do")
			.isEqualTo(ImportStatus.REJECTED);
		assertThat(merge.message()).isEqualTo("2 rows read: 0 valid, 2 rejected. No row is valid, so there is nothing "
				+ "to merge; the catalog is unchanged. See the problems.");
		assertThat(versions.requireCurrentVersion()).isEqualTo(current);
	}

	@Test
	void mergingRowsTheCatalogAlreadyHasChangesNothing() throws IOException {
		int current = publishCurated();

		ImportRun run = imports.runAndWait("programs.csv", resource("/catalog/programs.csv"),
				ImportOptions.defaults().withMode(ImportMode.MERGE), p -> {
				});

		assertThat(run.status()).as("every row replaced by itself: the checksum kept while staging says so")
			.isEqualTo(ImportStatus.UNCHANGED);
		assertThat(run.catalogVersion()).isEqualTo(current);
		assertThat(versions.list()).extracting(CatalogVersion::version).containsExactly(current);
	}

	@Test
	void textAtItsLengthLimitInCharactersOutsideTheBasicPlaneIsStored() throws IOException {
		// Each of these characters is two UTF-16 units: H2 counts those against VARCHAR lengths,
		// the format (and PostgreSQL) counts characters.
		String institution = "\uD835\uDD04".repeat(200);
		String name = "\uD83E\uDDE0".repeat(300);
		String city = "\uD840\uDC0B".repeat(100);
		String description = String.join(" ", Collections.nCopies(500, "\uD835\uDD04".repeat(9))) + "\uD835\uDD04";

		ImportRun run = imports.runAndWait("astral.csv", csv(header() + "astral-program," + institution + "," + name
				+ ",masters,,,,,," + city + ",student,nlp,," + description + ",,,\n"), ImportOptions.defaults(), p -> {
				});

		assertThat(run.status()).as(run.message()).isEqualTo(ImportStatus.PUBLISHED);
		// Compared as booleans: a failure would print the values, thousands of characters each.
		assertThat(programs.find(run.catalogVersion(), "astral-program")).hasValueSatisfying(p -> {
			assertThat(p.institution().equals(institution)).as("institution").isTrue();
			assertThat(p.programName().equals(name)).as("program_name").isTrue();
			assertThat(p.city().equals(city)).as("city").isTrue();
			assertThat(p.description().equals(description)).as("description").isTrue();
		});
	}

	@Test
	void aDryRunValidatesAndReportsButStagesNothing() throws IOException {
		int current = publishCurated();

		ImportRun run = runFixture("programs-with-every-problem.csv",
				ImportOptions.defaults().withDryRun(true).withMaxRejectedRows(100));

		assertThat(run.status()).isEqualTo(ImportStatus.VALIDATED);
		assertThat(run.dryRun()).isTrue();
		assertThat(run.problemCount()).isEqualTo(26);
		assertThat(run.message()).contains("Dry run");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM catalog_version", Integer.class)).isEqualTo(1);
		assertThat(versions.requireCurrentVersion()).isEqualTo(current);
	}

	@Test
	void aDryRunOfTheCurrentCatalogSaysARealImportWouldBeUnchanged() throws IOException {
		int current = publishCurated();
		String curated = new String(resource("/catalog/programs.csv").readAllBytes(), StandardCharsets.UTF_8);

		ImportRun same = imports.runAndWait("same.csv", csv(curated.replace("\n", "\r\n")),
				ImportOptions.defaults().withDryRun(true), p -> {
				});
		ImportRun changed = imports.runAndWait("changed.csv", csv(curated + "dry-run-extra,Test University,Program,"
				+ "masters,,,,,,,student,nlp,,,,,\n"), ImportOptions.defaults().withDryRun(true), p -> {
				});
		ImportRun merged = imports.runAndWait("merged.csv", csv(curated), ImportOptions.defaults().withDryRun(true)
			.withMode(ImportMode.MERGE), p -> {
			});

		assertThat(same.status()).isEqualTo(ImportStatus.VALIDATED);
		assertThat(same.message()).endsWith("Dry run: nothing was staged or published. The content is the same as the "
				+ "current catalog version " + current + ": an import of this file would be UNCHANGED.");
		assertThat(changed.message()).endsWith("Dry run: nothing was staged or published. A real import would make a "
				+ "catalog of 37 programs instead of version " + current + "'s 36: 1 added, 0 removed, 0 changed.");
		assertThat(merged.message()).as("a merge's dry run counts from the current version, copying nothing")
			.endsWith("Dry run: nothing was staged or published. The content is the same as the current catalog "
					+ "version " + current + ": an import of this file would be UNCHANGED.");
		ImportRun mergedChange = imports.runAndWait("merged-change.csv", csv(header()
				+ "harvard-hms-aim-phd,Harvard Medical School,Renamed Track,phd,,,,,,,researcher,machine_learning,,,,,\n"),
				ImportOptions.defaults().withDryRun(true).withMode(ImportMode.MERGE), p -> {
				});
		ImportRun mergedSame = imports.runAndWait("merged-same.csv", csv(header()
				+ curatedRow(curated, "harvard-hms-aim-phd")), ImportOptions.defaults().withDryRun(true)
			.withMode(ImportMode.MERGE), p -> {
			});
		assertThat(mergedChange.message()).endsWith("Dry run: nothing was staged or published. A real import would make "
				+ "a catalog of 36 programs instead of version " + current + "'s 36: 0 added, 0 removed, 1 changed.");
		ImportRun replacedByOne = imports.runAndWait("merged-change.csv", csv(header()
				+ "harvard-hms-aim-phd,Harvard Medical School,Renamed Track,phd,,,,,,,researcher,machine_learning,,,,,\n"),
				ImportOptions.defaults().withDryRun(true), p -> {
				});
		assertThat(replacedByOne.message()).as("a merge sent as a replace").endsWith("A real import would make a catalog "
				+ "of 1 program instead of version " + current + "'s 36: 0 added, 35 removed, 1 changed. It would remove "
				+ "most of the catalog: to add or change only the file's programs, import it as a merge.");
		assertThat(mergedSame.message()).as("one row, the same as the catalog's").endsWith("an import of this file "
				+ "would be UNCHANGED.");
		assertThat(versions.list()).extracting(CatalogVersion::version).containsExactly(current);
	}

	@Test
	void aDryRunOverTheLimitSaysARealImportWouldBeRejected() throws IOException {
		int current = publishCurated();

		ImportRun run = runFixture("programs-with-every-problem.csv",
				ImportOptions.defaults().withDryRun(true).withMaxRejectedRows(1));

		assertThat(run.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(run.message()).contains("More than the 1 rejected row allowed", "would be rejected",
				"Dry run: nothing was staged or published");
		assertThat(versions.requireCurrentVersion()).isEqualTo(current);
	}

	@Test
	void theSameCatalogSavedWithOtherLineEndsIsUnchangedLineBreaksInValuesIncluded() throws IOException {
		String lf = header() + "\n" + "multi-line,Test University,Program,masters,,,,,,,student,nlp,,\"First line.\n"
				+ "\nThird line.\",,,\n" + "single-line,Test University,Other,masters,,,,,,,student,nlp,,Plain,,,\n";
		ImportRun published = imports.runAndWait("lf.csv", csv(lf), ImportOptions.defaults(), p -> {
		});
		assertThat(published.status()).isEqualTo(ImportStatus.PUBLISHED);
		assertThat(programs.find(published.catalogVersion(), "multi-line").orElseThrow().description())
			.isEqualTo("First line.\n\nThird line.");

		for (String lineEnd : new String[] { "\r\n", "\r" }) {
			ImportRun again = imports.runAndWait("again.csv", csv(lf.replace("\n", lineEnd)), ImportOptions.defaults(),
					p -> {
					});
			assertThat(again.status()).as(lineEnd.replace("\r", "CR").replace("\n", "LF")).isEqualTo(ImportStatus.UNCHANGED);
			assertThat(again.rowsValid()).isEqualTo(2);
		}
	}

	@Test
	void theSameContentAgainIsUnchangedAndCreatesNoVersion() throws IOException {
		int current = publishCurated();
		List<String> lines = new ArrayList<>(List.of(new String(resource("/catalog/programs.csv").readAllBytes(),
				StandardCharsets.UTF_8).split("\n")));
		Collections.reverse(lines.subList(1, lines.size()));

		ImportRun run = imports.runAndWait("reordered.csv", csv(String.join("\n", lines) + "\n"),
				ImportOptions.defaults(), p -> {
				});

		assertThat(run.status()).isEqualTo(ImportStatus.UNCHANGED);
		assertThat(run.catalogVersion()).isEqualTo(current);
		assertThat(versions.requireCurrentVersion()).isEqualTo(current);
		assertThat(versions.list()).extracting(CatalogVersion::version).containsExactly(current);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM program WHERE catalog_version <> ?", Integer.class, current))
			.as("the staged rows, removed once the import finished").isZero();
	}

	@Test
	void aFailedImportRestartsFromItsLastCommittedChunkAndPublishesEveryRowOnce() throws IOException {
		int current = publishCurated();
		SyntheticCatalog catalog = new SyntheticCatalog(7, 0.05);
		int broken = catalog.brokenRows(95);
		stager.failOnChunk(4);

		ImportRun failed = imports.runAndWait("synthetic.csv", csv(catalog.text(95)),
				ImportOptions.defaults().withMaxRejectedRows(broken), p -> {
				});

		assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(failed.message()).contains("The database reported an error", "Connection to the database was lost",
				"Nothing was published", "Restart");
		assertThat(failed.rowsRead()).isBetween(30L, 40L);
		assertThat(versions.requireCurrentVersion()).isEqualTo(current);

		ImportRun restarted = AwaitImports.finished(imports, imports.restart(failed.importId()).importId());

		assertThat(restarted.status()).isEqualTo(ImportStatus.PUBLISHED);
		assertThat(restarted.rowsRead()).isEqualTo(95);
		assertThat(restarted.rowsValid()).isEqualTo(95 - broken);
		assertThat(restarted.rowsRejected()).isEqualTo(broken);
		assertThat(restarted.problemCount()).isEqualTo(broken);
		assertThat(programs.count(restarted.catalogVersion())).isEqualTo(95 - broken);
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT line_number) FROM import_problem WHERE import_id = ?",
				Integer.class, failed.importId())).isEqualTo(broken);
		assertChecksumKeptWhileStagingIsTheContents();
	}

	@Test
	void aMergeNeverPublishesOverAVersionMadeCurrentWhileItRan() throws IOException {
		int curated = publishCurated();
		ImportRun second = imports.runAndWait("more.csv", csv(SyntheticCatalog.valid(21).text(12)),
				ImportOptions.defaults().withMode(ImportMode.MERGE), p -> {
				});
		assertThat(second.status()).isEqualTo(ImportStatus.PUBLISHED);
		stager.failOnChunk(2);
		ImportRun merge = imports.runAndWait("merge.csv", csv(SyntheticCatalog.valid(22).text(30)),
				ImportOptions.defaults().withMode(ImportMode.MERGE), p -> {
				});
		assertThat(merge.status()).isEqualTo(ImportStatus.FAILED);

		// The curator rolls back while the merge, built on a copy of the second version, is unfinished.
		versions.activate(curated);
		ImportRun resumed = AwaitImports.finished(imports, imports.restart(merge.importId()).importId());

		assertThat(resumed.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(resumed.message()).contains("Since this merge started, version " + curated
				+ " was made the current catalog instead of version " + second.catalogVersion(),
				"nothing was published, and version " + curated + " stays current",
				"Upload the file again to merge it into version " + curated);
		assertThat(versions.requireCurrentVersion()).isEqualTo(curated);
		assertThat(versions.list()).extracting(CatalogVersion::status).doesNotContain(VersionStatus.STAGING);

		ImportRun again = imports.runAndWait("merge.csv", csv(SyntheticCatalog.valid(22).text(30)),
				ImportOptions.defaults().withMode(ImportMode.MERGE), p -> {
				});
		assertThat(again.status()).isEqualTo(ImportStatus.PUBLISHED);
		assertThat(again.replacedVersion()).isEqualTo(curated);
		assertThat(programs.count(again.catalogVersion())).isEqualTo(programs.count(curated) + 30);
	}

	@Test
	void aFailedImportKeepsItsUploadAndStagedRowsForAWeekThenTheyAreRemoved() throws IOException {
		int current = publishCurated();
		stager.failOnChunk(2);
		ImportRun old = imports.runAndWait("old.csv", csv(SyntheticCatalog.valid(3).text(40)), ImportOptions.defaults(),
				p -> {
				});
		stager.failOnChunk(2);
		ImportRun recent = imports.runAndWait("recent.csv", csv(SyntheticCatalog.valid(4).text(40)),
				ImportOptions.defaults(), p -> {
				});
		assertThat(List.of(old.status(), recent.status())).containsOnly(ImportStatus.FAILED);
		jdbc.update("UPDATE import_run SET finished_at = finished_at - INTERVAL '8' DAY WHERE import_id = ?",
				old.importId());
		Path oldFile = Path.of(jdbc.queryForObject("SELECT stored_file FROM import_run WHERE import_id = ?",
				String.class, old.importId()));
		int oldStaging = jdbc.queryForObject("SELECT staging_version FROM import_run WHERE import_id = ?",
				Integer.class, old.importId());
		assertThat(oldFile).isRegularFile();
		assertThat(programs.count(oldStaging)).isPositive();

		assertThat(cleanup.removeExpired()).isEqualTo(1);

		assertThat(oldFile).doesNotExist();
		assertThat(versions.find(oldStaging).orElseThrow().status()).isEqualTo(VersionStatus.DISCARDED);
		assertThat(programs.count(oldStaging)).isZero();
		assertThat(imports.find(old.importId()).orElseThrow().message())
			.endsWith("Its stored upload and staged rows were removed after 7 days without a restart; upload the file again.");
		assertThatThrownBy(() -> imports.restart(old.importId())).isInstanceOf(ImportNotRestartableException.class)
			.hasMessageContaining("Upload the file again");
		assertThat(cleanup.removeExpired()).as("nothing left to remove").isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_run WHERE status = 'FAILED' "
				+ "AND leftovers_removed_at IS NOT NULL", Integer.class)).as("cleaned once, and marked").isOne();
		String message = imports.find(old.importId()).orElseThrow().message();
		jdbc.update("UPDATE import_run SET leftovers_removed_at = NULL WHERE import_id = ?", old.importId());
		assertThat(cleanup.removeExpired()).as("cleaned before the mark existed: marked, nothing said").isZero();
		assertThat(imports.find(old.importId()).orElseThrow().message()).isEqualTo(message);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_run WHERE leftovers_removed_at IS NOT NULL",
				Integer.class)).isOne();
		assertThat(versions.requireCurrentVersion()).isEqualTo(current);

		ImportRun restarted = AwaitImports.finished(imports, imports.restart(recent.importId()).importId());
		assertThat(restarted.status()).as("the recent failure is untouched").isEqualTo(ImportStatus.PUBLISHED);
	}

	@Test
	void aDuplicateOfARowCommittedBeforeARestartIsStillFound() throws IOException {
		String rows = header();
		for (int i = 0; i < 25; i++) {
			rows += "restart-" + i + ",Test University,Program " + i + ",masters,,,,,,,student,nlp,,,,,\n";
		}
		rows += "restart-3,Test University,Again,masters,,,,,,,student,nlp,,,,,\n";
		stager.failOnChunk(2);

		ImportRun failed = imports.runAndWait("restart.csv", csv(rows), ImportOptions.defaults().withMaxRejectedRows(1),
				p -> {
				});
		assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(failed.rowsRead()).isEqualTo(10);

		ImportRun restarted = AwaitImports.finished(imports, imports.restart(failed.importId()).importId());

		assertThat(restarted.status()).isEqualTo(ImportStatus.PUBLISHED);
		assertThat(imports.problems(restarted.importId(), 0, 10)).extracting(ImportProblem::line, ImportProblem::code)
			.containsExactly(tuple(27L, ProblemCode.DUPLICATE_ID));
		assertThat(programs.count(restarted.catalogVersion())).isEqualTo(25);
	}

	@Test
	void onlyOneImportRunsAtATime() throws Exception {
		stager.blockOnChunk(1);
		ImportRun running = imports.submit("slow.csv", resource("/catalog/programs.csv"), ImportOptions.defaults());
		stager.awaitBlocked();

		assertThat(imports.find(running.importId()).orElseThrow().status()).isEqualTo(ImportStatus.RUNNING);
		assertThatThrownBy(() -> imports.submit("second.csv", resource("/catalog/programs.csv"), ImportOptions.defaults()))
			.isInstanceOf(ImportInProgressException.class)
			.satisfies(ex -> assertThat(((ImportInProgressException) ex).runningImportId()).isEqualTo(running.importId()));
		assertThatThrownBy(() -> imports.restart(running.importId())).isInstanceOf(ImportNotRestartableException.class);

		stager.release();
		assertThat(AwaitImports.finished(imports, running.importId()).status()).isEqualTo(ImportStatus.PUBLISHED);
		assertThat(imports.runAndWait("second.csv", resource("/catalog/programs.csv"), ImportOptions.defaults(), p -> {
		}).status()).isEqualTo(ImportStatus.UNCHANGED);
	}

	@Test
	void filesThatCannotBeImportedAreRefusedBeforeAnyJobStarts() {
		assertRefused("empty.csv", new byte[0], RefusalReason.EMPTY, "The file is empty.");
		assertRefused("header-only.csv", bytes("header-only.csv"), RefusalReason.NO_ROWS,
				"The file has a header but no program rows.");
		assertRefused("no-header.csv", bytes("no-header.csv"), RefusalReason.NO_HEADER, "The first line must be the header");
		assertRefused("missing.csv", bytes("missing-required-columns.csv"), RefusalReason.MISSING_COLUMNS,
				"The header lacks the required column topics.");
		assertRefused("duplicate.csv", bytes("duplicate-columns.csv"), RefusalReason.DUPLICATE_COLUMNS,
				"The header names a column more than once: city.");
		assertRefused("latin1.csv", bytes("latin1-encoded.csv"), RefusalReason.NOT_UTF8, "line 2 has bytes that are not UTF-8");
		assertRefused("book.xlsx", new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0 }, RefusalReason.BINARY, "Excel workbook");
		assertRefused("utf16.csv", "\uFEFFprogram_id".getBytes(StandardCharsets.UTF_16LE), RefusalReason.NOT_UTF8,
				"UTF-16");
		assertRefused("utf16-no-mark.csv", new String(bytes("programs-tab-delimited.csv"), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE), RefusalReason.NOT_UTF8,
				"The file is UTF-16 (little-endian, without a byte-order mark) text; the catalog format is UTF-8.");
		assertRefused("huge.csv", new byte[3 * 1024 * 1024], RefusalReason.TOO_LARGE, "larger than the limit of 2 MB");
		assertThat(imports.history()).isEmpty();
		assertThat(lock.holder()).isEmpty();
	}

	@Test
	void valuesUnderAColumnWithoutANameAreCountedInAWarning() throws IOException {
		// The header cell of column 3 was lost: its values are ignored, as an unknown column's are, but said so.
		ImportRun run = imports.runAndWait("lost-header-cell.csv", csv("program_id,institution,,program_name,credential,"
				+ "audiences,topics\n" + "a-one,Uni,Boston,One,masters,student,nlp\n" + "a-two,Uni,,Two,masters,student,nlp\n"
				+ "a-three,Uni,Oslo,Three,masters,student,nlp\n"), ImportOptions.defaults(), p -> {
				});

		assertThat(run.status()).isEqualTo(ImportStatus.PUBLISHED);
		assertThat(run.warnings()).containsExactly(
				"Columns that the catalog format does not have were ignored: (unnamed column 3).",
				"2 rows have values under column 3, which has no name in the header, so they were ignored. If the "
						+ "column's name was lost, name it and upload the file again.");
	}

	@Test
	void aQuoteThatClosesRowsLaterIsRejectedAtItsRowNamingTheRowsItSwallowed() throws IOException {
		// Line 4 opens a quote that the inch mark of line 7 closes: valid CSV, whose description holds lines 5 to 7.
		int current = publishCurated();

		ImportRun run = runFixture("programs-with-a-quote-closed-three-rows-later.csv",
				ImportOptions.defaults().withMaxRejectedRows(100));

		assertThat(run.status()).as("whatever the policy: the swallowed rows are in no count").isEqualTo(ImportStatus.REJECTED);
		assertThat(run.message()).isEqualTo("7 rows read: 6 valid, 1 rejected. A value on line 4 holds rows of the file "
				+ "(a quote closed lines later), which no count of rejected rows includes: nothing was published, and "
				+ "the catalog is unchanged, whatever the policy. See the problems.");
		assertThat(List.of(run.rowsRead(), run.rowsValid(), run.rowsRejected())).containsExactly(7L, 6L, 1L);
		assertThat(imports.problems(run.importId(), 0, 10)).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(4);
			assertThat(problem.column()).isEqualTo("description");
			assertThat(problem.code()).isEqualTo(ProblemCode.QUOTE);
			assertThat(problem.message()).isEqualTo("description holds 3 rows of the file (lines 5 to 7, "
					+ "'p-00003,Inst 3,Name 3,phd,clinician,nlp,plain description 3'): a quote opened in this row closes "
					+ "only on a later line, so they were read as text of this value. Quote whole values only, and "
					+ "double a quote inside one (\"\")");
		});
		assertThat(versions.requireCurrentVersion()).isEqualTo(current);
	}

	@Test
	void rowsALateQuoteSwallowedAreFoundInAnyColumnEvenWhenTheyHaveMistakesOfTheirOwn() throws IOException {
		ImportOptions lenient = ImportOptions.defaults().withDryRun(true).withMaxRejectedRows(100);
		// The quote opens in a column the import ignores; a swallowed row has a credential the format does
		// not know; the quote opens in institution and closes in another row's description.
		Map<String, List<String>> expected = Map.of(
				"programs-with-a-quote-opened-in-an-ignored-column.csv", List.of("4", "notes", "lines 5 to 7"),
				"programs-with-a-swallowed-row-of-unknown-credential.csv", List.of("4", "description", "line 5"),
				"programs-with-a-quote-opened-in-institution-closed-in-description.csv",
				List.of("4", "institution", "lines 5 to 7"));
		for (Map.Entry<String, List<String>> file : expected.entrySet()) {
			ImportRun run = runFixture(file.getKey(), lenient);

			assertThat(run.status()).as(file.getKey()).isEqualTo(ImportStatus.REJECTED);
			assertThat(imports.problems(run.importId(), 0, 10)).as(file.getKey()).singleElement().satisfies(problem -> {
				assertThat(problem.code()).isEqualTo(ProblemCode.QUOTE);
				assertThat(problem.line()).isEqualTo(Long.parseLong(file.getValue().get(0)));
				assertThat(problem.column()).isEqualTo(file.getValue().get(1));
				assertThat(problem.message()).contains("(" + file.getValue().get(2) + ", ");
			});
		}

		ImportRun prose = runFixture("programs-with-a-description-line-like-a-row.csv", ImportOptions.defaults().withDryRun(true));
		assertThat(prose.status()).as("a line of prose that splits into a row's number of values").isEqualTo(ImportStatus.VALIDATED);
		assertThat(prose.problemCount()).isZero();
	}

	@Test
	void aFileThatStopsBeingCsvMidwayIsRejectedAtThatLineWhateverThePolicy() throws IOException {
		// Lines 2 to 26 are valid rows; the quote opened on line 27 never closes.
		ImportRun run = runFixture("programs-with-unclosed-quote.csv", ImportOptions.defaults().withMaxRejectedRows(1000));

		assertThat(run.status()).isEqualTo(ImportStatus.REJECTED);
		assertThat(run.message()).contains("cannot be read as CSV from line 27 on")
			.endsWith("the catalog is unchanged. See the problems.");
		assertThat(List.of(run.rowsRead(), run.rowsValid(), run.rowsRejected())).containsExactly(26L, 25L, 1L);
		assertThat(imports.problems(run.importId(), 0, 10)).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(27);
			assertThat(problem.code()).isEqualTo(ProblemCode.MALFORMED);
			assertThat(problem.message()).startsWith("The file is not valid CSV from line 27 on")
				.endsWith("Nothing after this line was checked.");
		});
		assertThat(versions.currentVersion()).isEmpty();
		assertThat(versions.list()).extracting(CatalogVersion::status).doesNotContain(VersionStatus.STAGING);
	}

	@Test
	void historyListsImportsNewestFirstAndProblemsExportAsSpreadsheetSafeCsv() throws IOException {
		ImportRun first = runFixture("programs-tab-delimited.csv", ImportOptions.defaults());
		ImportRun second = imports.runAndWait("formula.csv", csv(header()
				+ "=cmd|' /C calc'!A0,Test University,Program,masters,,,,,,,student,nlp,,,,,\n"
				+ "bell-program,Bell\u0007 University,Program,masters,,,,,,,student,nlp,,,,,\n"), ImportOptions.defaults(),
				p -> {
				});

		assertThat(imports.history()).extracting(ImportRun::importId).containsExactly(second.importId(), first.importId());
		ImportHistory newest = imports.history(0, 1);
		assertThat(newest.imports()).extracting(ImportRun::importId).containsExactly(second.importId());
		assertThat(newest.imports().get(0).countsByCode()).containsOnlyKeys(ProblemCode.PATTERN, ProblemCode.ENCODING);
		assertThat(List.of(newest.total(), (long) newest.totalPages())).containsExactly(2L, 2L);
		assertThat(newest.hasOlder()).isTrue();
		ImportHistory older = imports.history(1, 1);
		assertThat(older.imports()).extracting(ImportRun::importId).containsExactly(first.importId());
		assertThat(older.hasOlder()).isFalse();
		assertThat(imports.history(2, 1).imports()).isEmpty();
		StringWriter csv = new StringWriter();
		imports.writeProblemsCsv(second.importId(), csv);
		assertThat(csv.toString()).isEqualTo("\uFEFFline,column,code,message,value,row,program_id\r\n"
				+ "2,program_id,PATTERN,\"program_id must be 3 to 80 lower-case letters, digits or hyphens, starting with a "
				+ "letter or digit, such as mit-ms-health-ai\",'=cmd|' /C calc'!A0,2,'=cmd|' /C calc'!A0\r\n"
				+ "3,institution,ENCODING,institution contains a control character (U+0007); remove it,"
				+ "Bell[U+0007] University,3,bell-program\r\n");
		assertThat(imports.problems(second.importId(), 1, 10)).isEmpty();
		assertThat(imports.countsByCode(second.importId()))
			.isEqualTo(Map.of(ProblemCode.PATTERN, 1L, ProblemCode.ENCODING, 1L));
	}

	@Test
	void theReportOfASemicolonFileIsWrittenWithSemicolonsForTheSpreadsheetThatMadeIt() throws IOException {
		ImportRun run = imports.runAndWait("semicolons.csv", csv(header().replace(',', ';')
				+ "x-1;Test University;Program;doctorate;;;;;;;student;nlp;;;;;\n"), ImportOptions.defaults(), p -> {
				});

		StringWriter csv = new StringWriter();
		imports.writeProblemsCsv(run.importId(), csv);

		assertThat(csv.toString()).startsWith("\uFEFFline;column;code;message;value;row;program_id\r\n2;credential;ENUM;")
			.endsWith(";doctorate;2;x-1\r\n");
	}

	@Test
	void theCsvReportHoldsEveryProblemOnceInFileOrderAcrossItsPages() throws IOException {
		// Three problems a row: the report's pages of 5,000 end inside a row.
		StringBuilder rows = new StringBuilder(header());
		for (int i = 0; i < 1_700; i++) {
			rows.append("many-").append(i).append(",Test University,Program,diploma,,,-1,,ZZ,,student,nlp,,,,,\n");
		}
		ImportRun run = imports.runAndWait("many.csv", csv(rows.toString()), ImportOptions.defaults().withDryRun(true),
				p -> {
				});
		assertThat(run.problemCount()).isEqualTo(5_100);

		StringWriter csv = new StringWriter();
		imports.writeProblemsCsv(run.importId(), csv);

		List<String> lines = csv.toString().lines().skip(1).toList();
		assertThat(lines).hasSize(5_100);
		List<String> expected = new ArrayList<>();
		for (int line = 2; line < 1_702; line++) {
			expected.add(line + ",credential,ENUM");
			expected.add(line + ",duration_months,RANGE");
			expected.add(line + ",country,ENUM");
		}
		assertThat(lines.stream().map(l -> String.join(",", List.of(l.split(",")).subList(0, 3))).toList())
			.containsExactlyElementsOf(expected);
	}

	@Test
	void anotherInstanceCannotTakeALiveLockButTakesOverOneWhoseLeaseRanOut() {
		ImportLock other = new ImportLock(jdbc, "other-instance", Duration.ofSeconds(30));
		lock.acquire("import-a");

		assertThatThrownBy(() -> other.acquire("import-b")).isInstanceOf(ImportInProgressException.class)
			.hasMessageContaining("import-a");
		assertThat(other.renew("import-b")).isFalse();

		expireLease();
		other.acquire("import-b");

		assertThat(lock.holder()).hasValueSatisfying(holder -> {
			assertThat(holder.importId()).isEqualTo("import-b");
			assertThat(holder.instanceId()).isEqualTo("other-instance");
			assertThat(holder.leaseRuns()).isTrue();
		});
		assertThat(lock.renew("import-a")).as("the old holder learns it lost the lock").isFalse();
	}

	@Test
	void instancesRacingForTheLockNeverBothWin() throws Exception {
		for (int round = 0; round < 5; round++) {
			jdbc.update("UPDATE import_lock SET import_id = NULL, instance_id = NULL, lease_until = NULL");
			int contenders = 6;
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService threads = Executors.newFixedThreadPool(contenders);
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < contenders; i++) {
				ImportLock contender = new ImportLock(jdbc, "instance-" + i, Duration.ofSeconds(30));
				String importId = "import-" + round + "-" + i;
				results.add(threads.submit(() -> {
					start.await();
					try {
						contender.acquire(importId);
						return true;
					}
					catch (ImportInProgressException ex) {
						return false;
					}
				}));
			}
			start.countDown();
			int winners = 0;
			for (Future<Boolean> result : results) {
				winners += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			threads.shutdown();
			assertThat(winners).isEqualTo(1);
		}
	}

	@Test
	void anImportWhoseInstanceDiedIsMarkedFailedAndResumesWhereItStopped() throws IOException {
		int current = publishCurated();
		String rows = SyntheticCatalog.valid(11).text(57);
		ImportRun interrupted = interruptedImport(rows, 3);
		assertThat(interrupted.status()).isEqualTo(ImportStatus.RUNNING);

		assertThat(recovery.recover(false)).isZero();
		assertThat(imports.find(interrupted.importId()).orElseThrow().status()).as("its lease still runs")
			.isEqualTo(ImportStatus.RUNNING);
		assertThatThrownBy(() -> imports.restart(interrupted.importId()))
			.isInstanceOf(ImportNotRestartableException.class);
		assertThatThrownBy(() -> imports.submit("other.csv", csv(rows), ImportOptions.defaults()))
			.isInstanceOf(ImportInProgressException.class);

		expireLease();
		assertThat(recovery.recover(false)).isEqualTo(1);

		ImportRun failed = imports.find(interrupted.importId()).orElseThrow();
		assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(failed.message()).startsWith("The import was interrupted: the instance running it stopped")
			.contains("after 20 rows");
		assertThat(lock.holder()).isEmpty();
		assertThat(versions.requireCurrentVersion()).isEqualTo(current);

		ImportRun resumed = AwaitImports.finished(imports, imports.restart(failed.importId()).importId());

		assertThat(resumed.status()).isEqualTo(ImportStatus.PUBLISHED);
		assertThat(resumed.rowsRead()).isEqualTo(57);
		assertThat(programs.count(resumed.catalogVersion())).isEqualTo(57);
		assertThat(stager.stagedRows()).as("rows staged after the restart").isEqualTo(37);
	}

	@Test
	void anImportFoundDeadEndedWhenItsLeaseWasLastRenewedNotWhenItWasFound() throws IOException {
		// Its instance renewed the lease for the last time an hour ago, after its last chunk.
		ImportRun interrupted = diedAfter(13, Duration.ofMinutes(60), Duration.ofMinutes(100));

		assertThat(recovery.recover(false)).isEqualTo(1);

		ImportRun failed = imports.find(interrupted.importId()).orElseThrow();
		assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(failed.finishedAt()).isBetween(Instant.now().minus(Duration.ofMinutes(61)),
				Instant.now().minus(Duration.ofMinutes(59)));
		assertThat(failed.duration()).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61));
	}

	@Test
	void anImportFoundDeadEndedWithItsLastCommittedChunkWhenThatCameAfterTheLeasesLastRenewal() throws IOException {
		// It died before its first renewal, 100 minutes ago, after committing a chunk.
		ImportRun interrupted = diedAfter(17, Duration.ofMinutes(120), Duration.ofMinutes(100));

		assertThat(recovery.recover(false)).isEqualTo(1);

		assertThat(imports.find(interrupted.importId()).orElseThrow().duration())
			.isBetween(Duration.ofMinutes(19), Duration.ofMinutes(21));
	}

	/**
	 * An import started two hours ago whose instance died: it renewed its lease for the last time
	 * {@code leaseRenewed} ago and committed its last chunk {@code lastChunk} ago.
	 */
	private ImportRun diedAfter(int seed, Duration leaseRenewed, Duration lastChunk) throws IOException {
		ImportRun interrupted = interruptedImport(SyntheticCatalog.valid(seed).text(30), 2);
		jdbc.update("UPDATE import_run SET started_at = ? WHERE import_id = ?",
				OffsetDateTime.now(ZoneOffset.UTC).minusHours(2), interrupted.importId());
		jdbc.update("UPDATE import_lock SET lease_until = CURRENT_TIMESTAMP - INTERVAL '" + leaseRenewed.toSeconds()
				+ "' SECOND + INTERVAL '" + lock.lease().toSeconds() + "' SECOND");
		lastChunkCommitted(interrupted.importId(), lastChunk);
		return interrupted;
	}

	/** Sets back when the import's chunks were last committed, as Batch records it. */
	private void lastChunkCommitted(String importId, Duration ago) {
		jdbc.update("UPDATE BATCH_STEP_EXECUTION SET LAST_UPDATED = ? WHERE JOB_EXECUTION_ID IN (SELECT "
				+ "p.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.PARAMETER_NAME = 'importId' AND "
				+ "p.PARAMETER_VALUE = ?)", LocalDateTime.now().minus(ago), importId);
	}

	@Test
	void aRestartedImportsDurationLeavesOutTheTimeItWaitedForTheRestart() throws IOException {
		// Its instance died an hour ago; restarted now.
		ImportRun interrupted = diedAfter(14, Duration.ofMinutes(60), Duration.ofMinutes(61));
		assertThat(recovery.recover(false)).isEqualTo(1);
		Instant restartAsked = Instant.now();

		ImportRun resumed = AwaitImports.finished(imports, imports.restart(interrupted.importId()).importId());

		assertThat(resumed.status()).isEqualTo(ImportStatus.PUBLISHED);
		assertThat(resumed.restartedAt()).isAfterOrEqualTo(restartAsked.truncatedTo(ChronoUnit.MILLIS));
		assertThat(resumed.ranBeforeRestart()).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61));
		assertThat(resumed.duration()).as("the hour it ran and the seconds after the restart, not the hour between")
			.isBetween(Duration.ofMinutes(59), Duration.ofMinutes(62));
	}

	@Test
	void anImportStoppedWithTheApplicationEndsAfterItsChunkReadsFailedAndResumesOnceStartedAgain() throws Exception {
		ImportRun first = imports.runAndWait("first.csv", csv(SyntheticCatalog.valid(16).text(12)), ImportOptions.defaults(),
				p -> {
				});
		stager.blockOnChunk(2);
		ImportRun running = imports.submit("stopped.csv", csv(SyntheticCatalog.valid(15).text(57)),
				ImportOptions.defaults());
		stager.awaitBlocked();

		Thread stopping = new Thread(shutdown::stop, "test-application-closing");
		stopping.start();
		awaitJobStatus(running.importId(), "STOPPING");
		stager.release(); // the chunk being written commits; the step reads the stop there
		stopping.join(30_000);

		assertThat(stopping.isAlive()).as("stop() waited for the import and returned").isFalse();
		ImportRun stopped = imports.find(running.importId()).orElseThrow();
		assertThat(stopped.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(stopped.message()).isEqualTo("The import was stopped because its process was told to end (the "
				+ "platform or the import command stopping), after 20 rows had been checked. Nothing was published; "
				+ "the catalog is unchanged. Restart the import to resume where it stopped.");
		assertThat(stopped.rowsRead()).isEqualTo(20);
		assertThat(lock.holder()).isEmpty();
		assertThat(versions.requireCurrentVersion()).isEqualTo(first.catalogVersion());

		shutdown.start();
		stager.countStagedRows();
		ImportRun resumed = AwaitImports.finished(imports, imports.restart(stopped.importId()).importId());

		assertThat(resumed.status()).isEqualTo(ImportStatus.PUBLISHED);
		assertThat(resumed.rowsRead()).isEqualTo(57);
		assertThat(stager.stagedRows()).as("rows staged after the restart").isEqualTo(37);
		assertThat(programs.count(resumed.catalogVersion())).isEqualTo(57);
	}

	private void awaitJobStatus(String importId, String status) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!status.equals(jdbc.queryForObject("SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN "
				+ "BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID WHERE p.PARAMETER_NAME = "
				+ "'importId' AND p.PARAMETER_VALUE = ?", String.class, importId))) {
			assertThat(System.nanoTime()).as("job status " + status).isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	@Test
	void atStartUpAnInstanceRecoversTheImportItHeldInItsPreviousLife() throws IOException {
		ImportRun interrupted = interruptedImport(SyntheticCatalog.valid(12).text(30), 2);
		jdbc.update("UPDATE import_lock SET instance_id = ?", lock.instanceId());

		assertThat(recovery.recover(false)).as("a running lease of this instance, seen by a sweep").isZero();
		assertThat(recovery.recover(true)).as("the same lease, seen at start-up").isEqualTo(1);
		assertThat(imports.find(interrupted.importId()).orElseThrow().status()).isEqualTo(ImportStatus.FAILED);
	}

	/**
	 * Leaves the database as a process killed mid-import leaves it: some chunks committed, the
	 * import and its Batch execution still running, the lock held by an instance that no longer
	 * renews it. (A real kill in another JVM is {@code KilledImportTests}.)
	 */
	private ImportRun interruptedImport(String rows, int failingChunk) throws IOException {
		stager.failOnChunk(failingChunk);
		ImportRun failed = imports.runAndWait("interrupted.csv", csv(rows), ImportOptions.defaults(), p -> {
		});
		assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
		String importId = failed.importId();
		Long execution = jdbc.queryForObject("SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e JOIN "
				+ "BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID WHERE p.PARAMETER_NAME = "
				+ "'importId' AND p.PARAMETER_VALUE = ?", Long.class, importId);
		jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL "
				+ "WHERE JOB_EXECUTION_ID = ?", execution);
		jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL "
				+ "WHERE JOB_EXECUTION_ID = ? AND STATUS = 'FAILED'", execution);
		jdbc.update("UPDATE import_run SET status = 'RUNNING', message = NULL, finished_at = NULL WHERE import_id = ?",
				importId);
		jdbc.update("UPDATE import_lock SET import_id = ?, instance_id = 'dead-instance', "
				+ "lease_until = CURRENT_TIMESTAMP + INTERVAL '60' SECOND", importId);
		stager.countStagedRows();
		return imports.find(importId).orElseThrow();
	}

	/** The checksum the import kept up to date chunk by chunk is the one of the version's content. */
	private void assertChecksumKeptWhileStagingIsTheContents() {
		CatalogVersion current = versions.current().orElseThrow();
		assertThat(current.checksum()).isEqualTo(versions.checksum(current.version()));
	}

	private void expireLease() {
		jdbc.update("UPDATE import_lock SET lease_until = CURRENT_TIMESTAMP - INTERVAL '1' SECOND");
	}

	private void assertRefused(String name, byte[] content, RefusalReason reason, String message) {
		assertThatThrownBy(() -> imports.submit(name, new ByteArrayInputStream(content), ImportOptions.defaults()))
			.isInstanceOfSatisfying(ImportRefusedException.class, ex -> {
				assertThat(ex.reason()).isEqualTo(reason);
				assertThat(ex.tooLarge()).isEqualTo(reason == RefusalReason.TOO_LARGE);
				assertThat(ex.getMessage()).contains(message);
			});
	}

	private int publishCurated() throws IOException {
		ImportRun run = imports.runAndWait("programs.csv", resource("/catalog/programs.csv"), ImportOptions.defaults(),
				p -> {
				});
		assertThat(run.status()).isEqualTo(ImportStatus.PUBLISHED);
		return run.catalogVersion();
	}

	/** The curated catalog's line of one program (it has no line breaks in values). */
	private static String curatedRow(String curated, String programId) {
		return curated.lines().filter(line -> line.startsWith(programId + ",")).findFirst().orElseThrow() + "\n";
	}

	private static String header() {
		return String.join(",", CatalogColumn.headers()) + "\n";
	}

	private static InputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] bytes(String fixture) {
		try (InputStream in = resource("/imports/" + fixture)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ImportRun runFixture(String name, ImportOptions options) throws IOException {
		return imports.runAndWait(name, resource("/imports/" + name), options, p -> {
		});
	}

	static InputStream resource(String path) {
		InputStream in = ImportJobContract.class.getResourceAsStream(path);
		if (in == null) {
			throw new IllegalArgumentException("No test resource " + path);
		}
		return in;
	}

}
