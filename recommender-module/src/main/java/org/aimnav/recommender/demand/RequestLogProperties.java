package org.aimnav.recommender.demand;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the recommendation request log ({@code aimnav.recommender.log.*}).
 *
 * @param enabled whether requests are logged at all
 * @param queueCapacity requests waiting to be written; when the database falls this far behind,
 * further requests are counted as dropped rather than slowing anyone down
 * @param batchSize the most requests written in one transaction
 * @param maxTextLength the free text is cut to this many characters before it is stored
 * @param retention requests older than this are deleted, with their results (checked at start and
 * every hour); zero keeps them for ever
 */
@ConfigurationProperties("aimnav.recommender.log")
public record RequestLogProperties(
		@DefaultValue("true") boolean enabled,
		@DefaultValue("10000") int queueCapacity,
		@DefaultValue("200") int batchSize,
		@DefaultValue("200") int maxTextLength,
		@DefaultValue("365d") Duration retention) {

	public RequestLogProperties {
		if (queueCapacity < 1 || batchSize < 1 || maxTextLength < 0 || maxTextLength > 1000) {
			throw new IllegalArgumentException(
					"aimnav.recommender.log: queue-capacity and batch-size >= 1, max-text-length 0 to 1000");
		}
		if (retention.isNegative()) {
			throw new IllegalArgumentException("aimnav.recommender.log.retention must not be negative");
		}
	}

}
