/**
 * Reading catalog files as the format's dialect allows: the delimiter told from the header, a
 * byte-order mark ignored, strict UTF-8, line numbers where records start, the checks that refuse
 * a file as a whole, and the guard that keeps written CSV from running as spreadsheet formulas.
 */
package org.aimnav.ingest.csv;
