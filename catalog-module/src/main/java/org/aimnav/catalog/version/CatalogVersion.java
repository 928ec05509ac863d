package org.aimnav.catalog.version;

import java.time.Instant;

/**
 * One version of the catalog: its number, status, when it was created and published, how many
 * programs it holds, the SHA-256 of its content (see {@link CatalogChecksum}), the import that
 * produced it, whether it is the current version, and since when: a version made current again
 * by a rollback says when that happened, which its publication date does not.
 *
 * @param currentSince when the current version was published or last activated; null for the others
 */
public record CatalogVersion(
		int version,
		VersionStatus status,
		Instant createdAt,
		Instant publishedAt,
		int programCount,
		String checksum,
		String importId,
		boolean current,
		Instant currentSince) {

}
