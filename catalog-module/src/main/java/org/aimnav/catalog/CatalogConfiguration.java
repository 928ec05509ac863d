package org.aimnav.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DatabaseMetaData;
import java.time.Clock;

import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.program.ProgramSearch;
import org.aimnav.catalog.program.SearchIndex;
import org.aimnav.catalog.stats.CatalogStatisticsService;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.version.CatalogPreparation;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.catalog.version.CurrentVersionCache;
import org.aimnav.catalog.version.CurrentVersionWatcher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The catalog's beans: taxonomy, program queries, versions, and the schema's migrations. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogProperties.class)
@EnableScheduling
public class CatalogConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	Taxonomy taxonomy(CatalogProperties properties) {
		try {
			return Taxonomy.load(properties.taxonomy().getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the topic taxonomy at " + properties.taxonomy(), ex);
		}
	}

	@Bean
	ProgramRepository programRepository(JdbcTemplate jdbc) {
		return new ProgramRepository(jdbc);
	}

	@Bean
	ProgramSearch programSearch(NamedParameterJdbcTemplate jdbc, Taxonomy taxonomy, ProgramRepository programs,
			CurrentVersionCache<SearchIndex> searchIndexes) {
		return new ProgramSearch(jdbc, taxonomy, programs, searchIndexes);
	}

	/** The current version held in memory for searching, swapped when the current version changes. */
	@Bean
	CurrentVersionCache<SearchIndex> searchIndexes(CatalogVersions versions, CatalogPreparation preparation,
			JdbcTemplate jdbc, CatalogProperties properties) {
		CurrentVersionCache<SearchIndex> indexes = new CurrentVersionCache<>("Searching", versions, preparation,
				version -> SearchIndex.load(jdbc, version), SearchIndex::version, SearchIndex::size);
		indexes.setAutoStartup(properties.prepareCurrent());
		// Until it is built, searches of the new version run in SQL: it goes before the other preparations.
		indexes.setUrgent(true);
		indexes.setWhileMissing("its searches run in SQL meanwhile, slower, until a later version or a restart");
		return indexes;
	}

	/** Preparations of a version for serving take turns: each holds a whole version in memory. */
	@Bean
	CatalogPreparation catalogPreparation() {
		return new CatalogPreparation();
	}

	@Bean
	CurrentVersionWatcher currentVersionWatcher(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		return new CurrentVersionWatcher(jdbc, events);
	}

	@Bean
	CatalogVersions catalogVersions(JdbcTemplate jdbc, ProgramRepository programs,
			PlatformTransactionManager transactionManager, CurrentVersionWatcher watcher, Clock clock) {
		return new CatalogVersions(jdbc, programs, new TransactionTemplate(transactionManager), watcher, clock);
	}

	@Bean
	CatalogStatisticsService catalogStatisticsService(CatalogVersions versions, ProgramRepository programs,
			Taxonomy taxonomy, Clock clock, CatalogPreparation preparation, CatalogProperties properties) {
		CatalogStatisticsService service = new CatalogStatisticsService(versions, programs, taxonomy, clock,
				preparation);
		service.setPrecompute(properties.prepareCurrent());
		return service;
	}

	/**
	 * Migrations common to every database live in {@code db/migration}; the few statements that
	 * differ live in {@code db/vendor/<vendor>} ({@code h2}, {@code postgresql}).
	 */
	@Bean
	FlywayConfigurationCustomizer vendorMigrations() {
		return configuration -> {
			String url;
			try {
				url = JdbcUtils.extractDatabaseMetaData(configuration.getDataSource(), DatabaseMetaData::getURL);
			}
			catch (MetaDataAccessException ex) {
				throw new IllegalStateException("Cannot tell which database the catalog runs on", ex);
			}
			String vendor = DatabaseDriver.fromJdbcUrl(url).getId();
			configuration.locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
		};
	}

}
