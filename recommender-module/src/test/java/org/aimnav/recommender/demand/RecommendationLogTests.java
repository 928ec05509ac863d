package org.aimnav.recommender.demand;

import java.time.Duration;
import java.time.Instant;

import org.aimnav.recommender.engine.Recommender;
import org.aimnav.recommender.engine.RecommenderProperties;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.MustHave;
import org.aimnav.recommender.result.RecommendationResult;
import org.aimnav.recommender.support.Catalogs;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The request log never fails or slows a recommendation, and stores no personal identifiers. */
class RecommendationLogTests {

	private static final RecommendationResult RESULT = new Recommender(RecommenderProperties.defaults())
		.recommend(Catalogs.curated(), LearnerProfile.builder().interests("ethics").build());

	@Test
	void aDatabaseWithoutTheLogTablesFailsTheWriteNotTheRequest() {
		// An empty in-memory database: every insert fails.
		RecommendationLog log = log("jdbc:h2:mem:no-tables", 10);
		log.start();
		try {
			assertThatCode(() -> log.record(RESULT, Instant.now())).doesNotThrowAnyException();
			assertThat(log.flush(Duration.ofSeconds(10))).isTrue();
			assertThat(log.failed()).isEqualTo(1);
			assertThat(log.written()).isZero();
		}
		finally {
			log.stop();
		}
	}

	@Test
	void whenTheWriterFallsBehindRequestsAreDroppedAndCountedNotQueuedForever() {
		RecommendationLog log = log("jdbc:h2:mem:not-started", 2);

		for (int i = 0; i < 5; i++) {
			log.record(RESULT, Instant.now());
		}

		assertThat(log.dropped()).isEqualTo(3);
	}

	@Test
	void freeTextIsCappedAndScrubbedOfAnythingThatCouldIdentifySomeone() {
		assertThat(LoggedRequest.scrub("mail jane.doe@example.org, call +44 20 7946 0958, see https://x.org/me ok",
				200))
			.isEqualTo("mail [email], call [number], see [link] ok");
		assertThat(LoggedRequest.scrub("deep   learning\nfor 2026 cohorts", 200)).isEqualTo("deep learning for 2026 cohorts");
		assertThat(LoggedRequest.scrub("a".repeat(300), 200)).hasSize(200);
		assertThat(LoggedRequest.scrub("   ", 200)).isNull();
	}

	@Test
	void mustHavesAreKeyedWithTheirValuesAndLabelledForPeople() {
		LearnerProfile profile = LearnerProfile.builder()
			.credentials(Credential.PHD, Credential.MASTERS)
			.deliveryFormats(DeliveryFormat.ONLINE)
			.maxBudgetUsd("12000.50")
			.mustHave(MustHave.CREDENTIAL, MustHave.DELIVERY_FORMAT, MustHave.BUDGET)
			.build();

		assertThat(LoggedRequest.mustHaveKey(profile)).isEqualTo("budget<=12000.5;deliveryFormat=online;credential=phd,masters");
		assertThat(LoggedRequest.mustHaveLabel(profile)).isEqualTo("budget up to USD 12,000.50, online, PhD or master's");
		assertThat(LoggedRequest.mustHaveKey(LearnerProfile.builder().build())).isEmpty();
	}

	@Test
	void aDisabledLogRecordsNothing() {
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:disabled"));
		RecommendationLog log = new RecommendationLog(jdbc,
				new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource())),
				new RequestLogProperties(false, 1, 1, 200, Duration.ZERO));

		log.record(RESULT, Instant.now());
		log.record(RESULT, Instant.now());

		assertThat(log.dropped()).isZero();
		assertThat(log.flush(Duration.ZERO)).isTrue();
	}

	private static RecommendationLog log(String url, int capacity) {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url);
		return new RecommendationLog(new JdbcTemplate(dataSource),
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
				new RequestLogProperties(true, capacity, 100, 200, Duration.ZERO));
	}

}
