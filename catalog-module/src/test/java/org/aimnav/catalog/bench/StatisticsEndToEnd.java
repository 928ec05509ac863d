package org.aimnav.catalog.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.stats.CatalogStatisticsService;
import org.aimnav.catalog.support.SyntheticPrograms;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.version.CatalogPreparation;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.catalog.version.CurrentVersionWatcher;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statistics service end to end on an H2 file database, as the platform runs it: a 100k-program
 * version is published, its summary computed the first time (reading every program from the
 * database, then Tablesaw) and served from the cache after. The reference in the same run is the
 * database walk alone.
 */
public final class StatisticsEndToEnd {

	public static void main(String[] args) throws Exception {
		int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path folder = Files.createTempDirectory("aimnav-stats-bench");
		DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:file:" + folder.resolve("bench").toAbsolutePath(), "sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2").load()
			.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		Taxonomy taxonomy = Taxonomy.load(Taxonomy.class.getResourceAsStream("/taxonomy/topics.json"));
		ProgramRepository programs = new ProgramRepository(jdbc);
		CatalogVersions versions = new CatalogVersions(jdbc, programs,
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
				new CurrentVersionWatcher(jdbc, event -> {
				}), Clock.systemUTC());
		List<Program> generated = SyntheticPrograms.generate(size, 42, taxonomy);
		int version = versions.createStaging("bench");
		for (int from = 0; from < generated.size(); from += 1000) {
			programs.insertAll(version, generated.subList(from, Math.min(generated.size(), from + 1000)));
		}
		versions.publish(version, versions.checksum(version));

		for (int round = 1; round <= 3; round++) {
			long walkStarted = System.nanoTime();
			int[] count = new int[1];
			programs.forEach(version, p -> count[0]++);
			double walk = (System.nanoTime() - walkStarted) / 1e6;

			CatalogStatisticsService service = new CatalogStatisticsService(versions, programs, taxonomy,
					Clock.systemUTC(), new CatalogPreparation());
			long first = System.nanoTime();
			service.summary(version);
			double cold = (System.nanoTime() - first) / 1e6;
			long second = System.nanoTime();
			for (int i = 0; i < 1000; i++) {
				service.summary(version);
			}
			double cached = (System.nanoTime() - second) / 1e6 / 1000;
			System.out.printf(Locale.ROOT, "round %d, %,d programs: database walk %.0f ms (reference); first summary "
					+ "%.0f ms (%.2fx the walk; the compute alone %.0f ms); cached %.3f ms%n", round, count[0], walk,
					cold, cold / walk, cold - walk, cached);
		}
	}

}
