package org.aimnav.ingest.job;

import org.aimnav.ingest.IngestTestApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** Imports on H2, in a file database as the embedded default uses. */
@SpringBootTest(classes = IngestTestApplication.class,
		properties = "spring.datasource.url=jdbc:h2:file:./target/tmp/import-job-tests")
class H2ImportJobTests extends ImportJobContract {

}
