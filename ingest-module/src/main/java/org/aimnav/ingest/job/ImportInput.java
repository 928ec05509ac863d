package org.aimnav.ingest.job;

import java.nio.file.Path;

import org.aimnav.ingest.ImportOptions;
import org.aimnav.ingest.csv.CatalogLayout;

/**
 * What the stage step works on, worked out once per step execution: the import, its file and
 * layout, its policy, and the version to stage into (null on a dry run).
 */
record ImportInput(String importId, Path file, CatalogLayout layout, ImportOptions options, Integer stagingVersion) {

}
