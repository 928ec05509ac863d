package org.aimnav.catalog.stats;

import java.time.LocalDate;
import java.util.Map;

/**
 * How recently the catalog's rows were checked against their sources ({@code last_verified}).
 *
 * @param asOf the day ages are counted to
 * @param verifiedCount rows with a last-verified date
 * @param unconfirmedCount rows without one
 * @param unconfirmedShare unconfirmed rows as a fraction of all rows
 * @param medianAgeDays median age in days of the verified rows, null when none is verified
 * @param oldestVerified the oldest last-verified date
 * @param newestVerified the newest last-verified date
 * @param byAge rows per age band ({@code under_6_months}, {@code 6_to_12_months},
 * {@code 1_to_2_years}, {@code over_2_years}, {@code unconfirmed})
 */
public record Freshness(
		LocalDate asOf,
		long verifiedCount,
		long unconfirmedCount,
		double unconfirmedShare,
		Double medianAgeDays,
		LocalDate oldestVerified,
		LocalDate newestVerified,
		Map<String, Long> byAge) {

}
