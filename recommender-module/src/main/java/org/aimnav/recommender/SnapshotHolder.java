package org.aimnav.recommender;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.version.CatalogPreparation;
import org.aimnav.catalog.version.CatalogVersion;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.catalog.version.CurrentVersionCache;
import org.aimnav.recommender.engine.CatalogSnapshot;

/**
 * Holds the snapshot of the current catalog version and swaps it, whole, when the current version
 * changes (see {@link CurrentVersionCache}); before the first build has finished, a request builds
 * the current version itself rather than fail.
 */
final class SnapshotHolder extends CurrentVersionCache<CatalogSnapshot> {

	SnapshotHolder(ProgramRepository programs, CatalogVersions versions, CatalogPreparation preparation,
			Taxonomy taxonomy) {
		super("Recommending from", versions, preparation, version -> build(programs, versions, taxonomy, version),
				CatalogSnapshot::version, CatalogSnapshot::size);
	}

	private static CatalogSnapshot build(ProgramRepository programs, CatalogVersions versions, Taxonomy taxonomy,
			int version) {
		// Freshness is measured against the version's publication, so a version's answers stay put.
		LocalDate reference = versions.find(version)
			.map(SnapshotHolder::referenceDate)
			.orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
		return CatalogSnapshot.build(version, reference, () -> programs.walkToKeep(version), taxonomy);
	}

	static LocalDate referenceDate(CatalogVersion version) {
		return (version.publishedAt() != null ? version.publishedAt() : version.createdAt())
			.atOffset(ZoneOffset.UTC)
			.toLocalDate();
	}

}
