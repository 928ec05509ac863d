package org.aimnav.web.system;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database's health read from a table of the catalog, instead of the driver's word that a
 * connection is valid: an embedded H2 database that closed itself (H2 closes its store when it runs
 * out of memory inside it) still hands out connections that call themselves valid, so the health
 * read UP while every request failed with "The database has been closed", and nothing would
 * restart the instance. Replaces Spring Boot's indicator of the same name.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealth {

	static final String QUERY = "SELECT COUNT(*) FROM catalog_current";

	@Bean
	DataSourceHealthIndicator dbHealthIndicator(DataSource dataSource) {
		return new DataSourceHealthIndicator(dataSource, QUERY);
	}

}
