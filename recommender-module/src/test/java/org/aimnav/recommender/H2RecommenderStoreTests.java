package org.aimnav.recommender;

import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The recommender on H2, in a file database as the embedded default uses (a new one per run). */
@SpringBootTest(classes = RecommenderTestApplication.class)
class H2RecommenderStoreTests extends RecommenderStoreContract {

	@DynamicPropertySource
	static void h2(DynamicPropertyRegistry registry) {
		String url = "jdbc:h2:file:./target/tmp/recommender-" + UUID.randomUUID();
		registry.add("spring.datasource.url", () -> url);
	}

}
