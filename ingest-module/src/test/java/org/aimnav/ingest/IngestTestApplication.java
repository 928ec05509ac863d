package org.aimnav.ingest;

import org.aimnav.catalog.CatalogConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Boots the ingest module with the catalog module, on whichever database a test points it at. */
@SpringBootApplication
@Import(CatalogConfiguration.class)
public class IngestTestApplication {

}
