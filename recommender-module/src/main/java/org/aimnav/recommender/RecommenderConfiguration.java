package org.aimnav.recommender;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

import org.aimnav.catalog.CatalogConfiguration;
import org.aimnav.catalog.CatalogProperties;
import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.version.CatalogPreparation;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.recommender.demand.DemandAnalytics;
import org.aimnav.recommender.demand.RecommendationLog;
import org.aimnav.recommender.demand.RequestLogProperties;
import org.aimnav.recommender.engine.Recommender;
import org.aimnav.recommender.engine.RecommenderProperties;
import org.aimnav.recommender.profile.Personas;
import org.aimnav.recommender.profile.ProfileValidator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The recommender's beans: the snapshot of the current catalog version (rebuilt on
 * {@link org.aimnav.catalog.version.CurrentCatalogChanged}), the {@link Recommendations} service,
 * profile validation, the personas, the request log and demand analytics.
 */
@Configuration(proxyBeanMethods = false)
@Import(CatalogConfiguration.class)
@EnableConfigurationProperties({ RecommenderProperties.class, RequestLogProperties.class })
public class RecommenderConfiguration {

	static final String PERSONAS = "recommender/personas.json";

	@Bean
	Recommender recommender(RecommenderProperties properties) {
		return new Recommender(properties);
	}

	@Bean
	SnapshotHolder recommenderSnapshots(ProgramRepository programs, CatalogVersions versions,
			CatalogPreparation preparation, Taxonomy taxonomy, CatalogProperties catalog) {
		SnapshotHolder snapshots = new SnapshotHolder(programs, versions, preparation, taxonomy);
		snapshots.setAutoStartup(catalog.prepareCurrent());
		return snapshots;
	}

	@Bean
	ProfileValidator profileValidator(Taxonomy taxonomy) {
		return new ProfileValidator(taxonomy);
	}

	@Bean
	Personas personas(ProfileValidator validator) {
		try {
			return Personas.load(new ClassPathResource(PERSONAS).getInputStream(), validator);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open " + PERSONAS, ex);
		}
	}

	@Bean
	RecommendationLog recommendationLog(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			RequestLogProperties properties) {
		return new RecommendationLog(jdbc, new TransactionTemplate(transactionManager), properties);
	}

	@Bean
	DemandAnalytics demandAnalytics(JdbcTemplate jdbc, Taxonomy taxonomy) {
		return new DemandAnalytics(jdbc, taxonomy);
	}

	@Bean
	Recommendations recommendations(SnapshotHolder snapshots, Recommender recommender, ProfileValidator validator,
			RecommendationLog log, Clock clock) {
		return new Recommendations(snapshots, recommender, validator, log, clock);
	}

}
