package org.aimnav.catalog.stats;

/**
 * A numeric distribution over the values a catalog states (a blank never counts as zero).
 * Quartiles are Tablesaw's (Apache Commons Math percentiles, estimated at {@code p(n + 1)});
 * the median of an even count is the mean of the two middle values.
 */
public record Distribution(long count, double min, double q1, double median, double q3, double max, double mean) {

}
