package org.aimnav.ingest.job;

import org.aimnav.catalog.program.ProgramRow;
import org.aimnav.catalog.version.CatalogChecksum;
import org.aimnav.ingest.validation.CheckedRow;

/**
 * A row as the import's writer gets it: validated and, when valid and going to be stored, ready to
 * store (its id fingerprinted, its search terms analysed, its column values made, its share of the
 * checksum computed), all done ahead of the writer on other threads.
 *
 * @param checked the row with its problems, or its program when valid
 * @param id the fingerprint of the row's program id, for the duplicate check; null when it has none
 * @param row the valid program as a row of the staged version; null when rejected or on a dry run
 * @param digest the valid program's share of the checksum; null when rejected or on a dry run
 * @param bytesRead how far into the file the reader was after this row, for progress
 */
record PreparedRow(CheckedRow checked, ProgramIdIndex.Fingerprint id, ProgramRow row, CatalogChecksum.Digest digest,
		long bytesRead) {
}
