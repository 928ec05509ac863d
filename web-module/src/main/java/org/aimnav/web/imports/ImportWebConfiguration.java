package org.aimnav.web.imports;

import org.aimnav.ingest.ImportProperties;
import org.aimnav.ingest.ImportStatistics;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Web wiring of imports: the filter that turns oversized uploads away before they are read, and
 * the import analytics the dashboard shows.
 */
@Configuration(proxyBeanMethods = false)
class ImportWebConfiguration {

	@Bean
	ImportStatistics importStatistics(JdbcTemplate jdbc) {
		return new ImportStatistics(jdbc);
	}

	@Bean
	FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(ImportProperties properties, JsonMapper json) {
		FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(
				new UploadSizeFilter(properties, json));
		registration.addUrlPatterns("/api/v1/imports", "/admin/imports");
		return registration;
	}

}
