package org.aimnav.ingest.job;

import org.aimnav.catalog.program.ProgramRepository;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts a {@link FaultyStager} in front of the real one, so that tests can break a chunk. */
@TestConfiguration(proxyBeanMethods = false)
class ImportTestConfiguration {

	@Bean
	@Primary
	FaultyStager faultyStager(ProgramRepository programs) {
		return new FaultyStager(new JdbcProgramStager(programs));
	}

}
