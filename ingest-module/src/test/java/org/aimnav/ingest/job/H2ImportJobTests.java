package org.aimnav.ingest.job;

import org.aimnav.ingest.IngestTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports on H2, in a file database as the embedded default uses. */
@SpringBootTest(classes = IngestTestApplication.class,
		properties = "spring.datasource.url=jdbc:h2:file:./target/tmp/import-job-tests-${random.uuid}")
class H2ImportJobTests extends ImportJobContract {

	@Test
	void rowsAreStagedWithJdbcBatches(@Autowired @Qualifier("programStager") ProgramStager stager) {
		assertThat(stager).isInstanceOf(JdbcProgramStager.class);
	}

}
