package org.aimnav.ingest.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.aimnav.catalog.CatalogConfiguration;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.program.ProgramRow;
import org.aimnav.catalog.support.EmbeddedPostgresSupport;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.ingest.ImportOptions;
import org.aimnav.ingest.ImportRun;
import org.aimnav.ingest.ImportStatus;
import org.aimnav.ingest.Imports;
import org.aimnav.ingest.support.AwaitImports;
import org.aimnav.ingest.support.SyntheticCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed in the middle of an import, for real: a second JVM runs an import and halts
 * (no shutdown hooks, no rollback courtesy: as {@code kill -9} would) while staging its fourth
 * chunk. The catalog must be untouched; the import must then be marked failed (at once by the
 * same installation starting again, or by another instance once the dead one's lease has run out)
 * and resume from its last committed chunk, publishing every row exactly once.
 */
class KilledImportTests {

	private static final int ROWS = 95;

	private static final int CHUNK = 10;

	private static final int HALT_ON_CHUNK = 4;

	@TempDir
	Path folder;

	@Test
	void theEmbeddedInstanceStartingAgainRecoversAndResumesItsKilledImport() throws Exception {
		String url = "jdbc:h2:file:" + folder.resolve("catalog").toAbsolutePath();
		Path file = folder.resolve("programs.csv");
		SyntheticCatalog.valid(3).write(file, ROWS);

		assertThat(runAndHalt(url, "", "same-installation", "30s", file)).isEqualTo(Child.HALTED);

		try (ConfigurableApplicationContext context = start(url, "", "same-installation", "30s")) {
			assertResumesExactlyOnce(context);
		}
	}

	@Test
	void anotherInstanceRecoversTheKilledImportOnceItsLeaseRunsOut() throws Exception {
		String url = EmbeddedPostgresSupport.newDatabaseUrl();
		Path file = folder.resolve("programs.csv");
		SyntheticCatalog.valid(4).write(file, ROWS);

		assertThat(runAndHalt(url, "postgres", "killed-instance", "3s", file)).isEqualTo(Child.HALTED);

		try (ConfigurableApplicationContext context = start(url, "postgres", "surviving-instance", "3s")) {
			ImportRecovery recovery = context.getBean(ImportRecovery.class);
			Imports imports = context.getBean(Imports.class);
			String importId = imports.history().get(0).importId();
			// The sweep may already have run by now; what matters is when the import became failed.
			if (imports.find(importId).orElseThrow().status() == ImportStatus.RUNNING) {
				assertThat(recovery.recover(true)).as("another instance's live lease").isZero();
				Thread.sleep(3500);
				recovery.recover(false);
			}
			assertResumesExactlyOnce(context);
		}
	}

	private static void assertResumesExactlyOnce(ConfigurableApplicationContext context) {
		Imports imports = context.getBean(Imports.class);
		CatalogVersions versions = context.getBean(CatalogVersions.class);
		ProgramRepository programs = context.getBean(ProgramRepository.class);
		ImportRun killed = imports.history().get(0);
		assertThat(killed.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(killed.message()).startsWith("The import was interrupted");
		assertThat(killed.rowsRead()).isEqualTo((HALT_ON_CHUNK - 1) * CHUNK);
		assertThat(versions.currentVersion()).as("nothing published by the killed import").isEmpty();

		ImportRun resumed = imports.restart(killed.importId());
		resumed = AwaitImports.finished(imports, resumed.importId());

		assertThat(resumed.status()).isEqualTo(ImportStatus.PUBLISHED);
		assertThat(resumed.rowsRead()).isEqualTo(ROWS);
		assertThat(resumed.rowsValid()).isEqualTo(ROWS);
		assertThat(programs.count(resumed.catalogVersion())).isEqualTo(ROWS);
		assertThat(versions.requireCurrentVersion()).isEqualTo(resumed.catalogVersion());
	}

	private int runAndHalt(String url, String username, String instanceId, String lease, Path file)
			throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				Child.class.getName(), url, username, instanceId, lease, file.toString(),
				folder.resolve("uploads").toString()));
		Process child = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(folder.resolve("child.log").toFile())
			.start();
		if (!child.waitFor(120, TimeUnit.SECONDS)) {
			child.destroyForcibly();
			throw new AssertionError("The child JVM did not halt:\n" + Files.readString(folder.resolve("child.log")));
		}
		if (child.exitValue() != Child.HALTED) {
			throw new AssertionError("The child JVM ended with " + child.exitValue() + ":\n"
					+ Files.readString(folder.resolve("child.log")));
		}
		return child.exitValue();
	}

	private ConfigurableApplicationContext start(String url, String username, String instanceId, String lease) {
		return new SpringApplicationBuilder(Instance.class).run(arguments(url, username, instanceId, lease,
				folder.resolve("uploads").toString()));
	}

	private static String[] arguments(String url, String username, String instanceId, String lease, String uploads) {
		return new String[] { "--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
				"--aimnav.import.instance-id=" + instanceId, "--aimnav.import.lock-lease=" + lease,
				"--aimnav.import.upload-dir=" + uploads, "--aimnav.import.chunk-size=" + CHUNK,
				"--spring.batch.job.enabled=false", "--spring.batch.jdbc.initialize-schema=never",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN" };
	}

	/** The application as an instance runs it: the catalog and ingest modules, nothing of the tests. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ CatalogConfiguration.class, ImportJobConfiguration.class })
	static class Instance {

	}

	/** An instance whose import halts the JVM in the middle of staging a chunk. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ CatalogConfiguration.class, ImportJobConfiguration.class })
	static class Child {

		static final int HALTED = 42;

		@Bean
		@Primary
		ProgramStager haltingStager(ProgramRepository programs) {
			ProgramStager real = new JdbcProgramStager(programs);
			AtomicInteger chunks = new AtomicInteger();
			return new ProgramStager() {

				@Override
				public List<Program> stage(int version, List<ProgramRow> chunk, boolean merge) {
					List<Program> replaced = real.stage(version, chunk, merge);
					if (chunks.incrementAndGet() == HALT_ON_CHUNK) {
						// Rows of this chunk are written but not committed: they must vanish with the process.
						// H2 writes committed changes to its file within a second (its write delay): a crash
						// sooner would lose the earlier chunks too, consistently; wait so the test sees them.
						sleep(1500);
						Runtime.getRuntime().halt(HALTED);
					}
					return replaced;
				}

				@Override
				public List<Program> find(int version, List<String> programIds) {
					return real.find(version, programIds);
				}

			};
		}

		private static void sleep(long millis) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		public static void main(String[] args) throws Exception {
			String[] arguments = arguments(args[0], args[1], args[2], args[3], args[5]);
			ConfigurableApplicationContext context = new SpringApplicationBuilder(Child.class).run(arguments);
			context.getBean(Imports.class).runAndWait(Path.of(args[4]), ImportOptions.defaults(), p -> {
			});
			System.exit(1); // the import was meant to halt the JVM before it finished
		}

	}

}
