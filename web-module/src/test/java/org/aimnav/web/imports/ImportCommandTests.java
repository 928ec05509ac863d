package org.aimnav.web.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;

import org.aimnav.web.AimNavigatorApplication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line, run as a person would run it, against its own fresh data folder. */
class ImportCommandTests {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	final ImportCommand command = new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC());

	@Test
	void wrongUsageExplainsItselfWithoutStartingAnything() {
		assertThat(command.execute(AimNavigatorApplication.class, new String[0])).isEqualTo(ImportCommand.USAGE);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Which file?").contains("Usage: java -jar");

		assertThat(command.execute(AimNavigatorApplication.class, new String[] { "a.csv", "--max-rejected", "many" }))
			.isEqualTo(ImportCommand.USAGE);
		assertThat(command.execute(AimNavigatorApplication.class, new String[] { "a.csv", "--publish-anyway" }))
			.isEqualTo(ImportCommand.USAGE);
		assertThat(command.execute(AimNavigatorApplication.class, new String[] { "a.csv", "b.csv" }))
			.isEqualTo(ImportCommand.USAGE);
		// --dry-run=true published and --mode=merge replaced: taken for settings of the platform (QA22).
		for (String option : new String[] { "--dry-run=true", "--mode=merge", "--dryRun=true", "--merge=true",
				"--max-rejected-rows=3", "--dryrun" }) {
			err.reset();
			assertThat(command.execute(AimNavigatorApplication.class, new String[] { "a.csv", option })).as(option)
				.isEqualTo(ImportCommand.USAGE);
			assertThat(err.toString(StandardCharsets.UTF_8)).as(option).startsWith("Unknown option " + option
					+ "; did you mean --");
		}
		err.reset();
		assertThat(command.execute(AimNavigatorApplication.class, new String[] { "a.csv", "--dry-run=true" }))
			.isEqualTo(ImportCommand.USAGE);
		assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Unknown option --dry-run=true; did you mean "
				+ "--dry-run? --dry-run takes no value. Nothing was imported.");
		err.reset();
		assertThat(command.execute(AimNavigatorApplication.class, new String[] { "a.csv", "--verbose=yes" }))
			.isEqualTo(ImportCommand.USAGE);
		assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Unknown option --verbose=yes; the options are");
		err.reset();
		assertThat(command.execute(AimNavigatorApplication.class, new String[] { "a.csv", "--max-rejected" }))
			.isEqualTo(ImportCommand.USAGE);
		assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("--max-rejected needs a number of rows, 0 or more\n")
			.doesNotContain("null");
	}

	@Test
	void aFolderIsNotTakenForAMissingFile() {
		assertThat(command.execute(AimNavigatorApplication.class, new String[] { "target" }))
			.isEqualTo(ImportCommand.NO_FILE);
		assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("This is a folder, not a file: target");
	}

	@Test
	void aDatabaseHeldByAnotherProcessIsToldApartFromOtherStartFailures() {
		SQLException locked = new SQLException("Database may be already in use", "90020", 90020);
		assertThat(ImportCommand.databaseInUse(new IllegalStateException("context", new RuntimeException(locked))))
			.isTrue();
		assertThat(ImportCommand.databaseInUse(new IllegalStateException("context",
				new SQLException("Wrong user name or password", "28000", 28000)))).isFalse();
	}

	@Test
	void aFileThatDoesNotExistIsNamed() {
		assertThat(command.execute(AimNavigatorApplication.class, new String[] { "target/no-such-file.csv" }))
			.isEqualTo(ImportCommand.NO_FILE);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("no-such-file.csv");
	}

	@Test
	void importsAFileThenRejectsABadOneWithItsProblems() throws IOException {
		Path dataDir = Path.of("target/tmp/cli-" + UUID.randomUUID());
		Path good = Files.createDirectories(dataDir).resolve("programs.csv");
		Files.writeString(good, ImportApiTests.curatedCsv());

		int published = command.execute(AimNavigatorApplication.class,
				new String[] { good.toString(), "--aimnav.data-dir=" + dataDir });

		String summary = out.toString(StandardCharsets.UTF_8);
		assertThat(published).as(summary + err).isEqualTo(ImportCommand.PUBLISHED);
		assertThat(summary).startsWith("PUBLISHED").contains("36 read, 36 valid, 0 rejected").contains("version     1")
			.contains("  policy      replace, no rejected row allowed\n")
			.containsPattern("  database    jdbc:h2:[a-z]+:.*cli-[0-9a-f-]+/aimnav \\(it held no catalog before: if you "
					+ "meant another, see --aimnav.data-dir\\)\n");
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Importing programs.csv:");

		out.reset();
		Path bad = dataDir.resolve("bad.csv");
		Files.writeString(bad, ImportApiTests.curatedCsv()
				+ "bad-cli-row,Some University,Bad,doctorate,,,,,,,student,ethics,,,,,\n");
		int rejected = command.execute(AimNavigatorApplication.class,
				new String[] { bad.toString(), "--dry-run", "--aimnav.data-dir=" + dataDir });

		String report = out.toString(StandardCharsets.UTF_8);
		assertThat(rejected).as(report).isEqualTo(ImportCommand.REJECTED);
		assertThat(report).startsWith("REJECTED").contains("37 read, 36 valid, 1 rejected")
			.contains("  policy      replace, no rejected row allowed, dry run\n")
			.contains("    38 (38), bad-cli-row, credential, ENUM: credential must be one of");
	}

	@Test
	void theDatabaseIsNamedWithoutItsParametersOrCredentials() {
		assertThat(ImportCommand.database("jdbc:h2:file:/srv/data/aimnav;MODE=LEGACY")).isEqualTo("jdbc:h2:file:/srv/data/aimnav");
		assertThat(ImportCommand.database("jdbc:postgresql://user:secret@db:5432/aimnav?password=x"))
			.isEqualTo("jdbc:postgresql://db:5432/aimnav");
	}

	@Test
	void aFileThatCannotBeReadSaysWhy() {
		assertThat(ImportCommand.reason(new java.nio.file.AccessDeniedException("x.csv")))
			.isEqualTo("permission denied (the user running this command may not read it)");
		assertThat(ImportCommand.reason(new java.io.IOException("Input/output error"))).isEqualTo("Input/output error");
	}

}
