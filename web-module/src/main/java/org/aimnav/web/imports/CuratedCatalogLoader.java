package org.aimnav.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.aimnav.catalog.CatalogProperties;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.ingest.ImportInProgressException;
import org.aimnav.ingest.ImportOptions;
import org.aimnav.ingest.ImportRun;
import org.aimnav.ingest.ImportStatus;
import org.aimnav.ingest.Imports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * On first start (no catalog published yet), imports the curated catalog shipped with the product
 * as version 1, through the same Spring Batch import as any upload: it is validated row by row and
 * published only if every row is valid. Runs after the start-up recovery of interrupted imports and
 * before the application reports itself ready, so health says UP only once there is a catalog.
 * Switched off with {@code aimnav.catalog.load-curated=false}.
 */
@Component
class CuratedCatalogLoader implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(CuratedCatalogLoader.class);

	private final CatalogVersions versions;

	private final Imports imports;

	private final Resource curated;

	private final boolean enabled;

	CuratedCatalogLoader(CatalogVersions versions, Imports imports, CatalogProperties properties) {
		this.versions = versions;
		this.imports = imports;
		this.curated = properties.curated();
		this.enabled = properties.loadCurated();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || versions.currentVersion().isPresent()) {
			return;
		}
		log.info("No catalog yet: importing the curated catalog {}", curated.getDescription());
		ImportRun run;
		try (InputStream content = curated.getInputStream()) {
			run = imports.runAndWait("programs.csv", content, ImportOptions.defaults(), progress -> {
			});
		}
		catch (ImportInProgressException ex) {
			// Another instance sharing the database is loading it right now; its version will arrive.
			log.info("Another instance is importing a catalog; not loading the curated one here");
			return;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the curated catalog " + curated.getDescription(), ex);
		}
		if (run.status() != ImportStatus.PUBLISHED) {
			throw new IllegalStateException("The curated catalog was not published (" + run.status() + "): "
					+ run.message());
		}
		log.info("Curated catalog published as version {} ({} programs)", run.catalogVersion(), run.rowsValid());
	}

	@Override
	public int getOrder() {
		// After the ingest module's recovery of interrupted imports, which frees a stale lock.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
