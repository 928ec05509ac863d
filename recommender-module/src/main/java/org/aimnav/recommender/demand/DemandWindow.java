package org.aimnav.recommender.demand;

import java.time.Instant;

/**
 * The requests an analysis covers: from (inclusive) and to (exclusive), either end open when
 * {@code null}.
 */
public record DemandWindow(Instant from, Instant to) {

	public static DemandWindow all() {
		return new DemandWindow(null, null);
	}

}
