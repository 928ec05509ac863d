package org.aimnav.web.system;

import java.util.OptionalInt;
import java.util.function.Supplier;

import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.recommender.Recommendations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Ready to serve once the recommender holds a catalog snapshot: right after start-up it builds the
 * current version's (25 s for 100,000 programs), and a recommendation asked for meanwhile waits for
 * it. Until then the health reads OUT_OF_SERVICE (503), in the readiness group too, so a load
 * balancer sends learners to an instance that answers. An instance with no catalog published at
 * all has nothing to wait for. Later versions are built while the previous one serves.
 */
@Component("recommenderSnapshotHealthIndicator")
class RecommenderReadiness implements HealthIndicator {

	private final Supplier<OptionalInt> snapshotVersion;

	private final Supplier<OptionalInt> currentVersion;

	@Autowired
	RecommenderReadiness(Recommendations recommendations, CatalogVersions versions) {
		this(recommendations::catalogVersion, versions::currentVersion);
	}

	RecommenderReadiness(Supplier<OptionalInt> snapshotVersion, Supplier<OptionalInt> currentVersion) {
		this.snapshotVersion = snapshotVersion;
		this.currentVersion = currentVersion;
	}

	@Override
	public Health health() {
		// Asks the database only while not ready: the health check stays as cheap as it was.
		if (snapshotVersion.get().isPresent() || currentVersion.get().isEmpty()) {
			return Health.up().build();
		}
		return Health.outOfService().withDetail("reason", "preparing the current catalog for recommending").build();
	}

}
