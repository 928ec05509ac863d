package org.aimnav.catalog.stats;

import java.util.Map;

/**
 * The statistics of one catalog version, as {@code GET /api/v1/stats/summary} serves them. Counts
 * are over stated values; {@code notStated} says, per column, how many programs leave it blank.
 * Programs with several audiences or topics count once under each.
 *
 * @param tuitionUsd {@code {"byCredential": {credential: distribution}}}, stated tuition only
 * @param durationMonths {@code {"byCredential": {credential: distribution}}}, stated durations only
 * @param topicByCredential {@code {topic: {credential: programs}}}, every topic and credential of the
 * taxonomy and format, zeros included (the coverage matrix)
 * @param completeness {@code {csv column: fraction of programs that state it}}
 */
public record CatalogSummary(
		int catalogVersion,
		long programCount,
		long institutionCount,
		long countryCount,
		Map<String, Long> byCredential,
		Map<String, Long> byDeliveryFormat,
		Map<String, Long> byPace,
		Map<String, Long> byCountry,
		Map<String, Long> byAudience,
		Map<String, Long> byTopic,
		Map<String, Map<String, Distribution>> tuitionUsd,
		Map<String, Map<String, Distribution>> durationMonths,
		Map<String, Map<String, Long>> topicByCredential,
		Map<String, Double> completeness,
		Map<String, Long> notStated,
		Freshness freshness) {

}
