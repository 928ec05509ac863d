package org.aimnav.web.imports;

import org.aimnav.ingest.ImportProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/** Web wiring of imports: the filter that turns oversized uploads away before they are read. */
@Configuration(proxyBeanMethods = false)
class ImportWebConfiguration {

	@Bean
	FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(ImportProperties properties, JsonMapper json) {
		FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(
				new UploadSizeFilter(properties, json));
		registration.addUrlPatterns("/api/v1/imports", "/admin/imports");
		return registration;
	}

}
