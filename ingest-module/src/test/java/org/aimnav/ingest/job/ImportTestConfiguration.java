package org.aimnav.ingest.job;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Puts a {@link FaultyStager} in front of the real stager (COPY on PostgreSQL, JDBC batches on
 * H2), so that tests can break a chunk.
 */
@TestConfiguration(proxyBeanMethods = false)
class ImportTestConfiguration {

	@Bean
	@Primary
	FaultyStager faultyStager(@Qualifier("programStager") ProgramStager real) {
		return new FaultyStager(real);
	}

}
