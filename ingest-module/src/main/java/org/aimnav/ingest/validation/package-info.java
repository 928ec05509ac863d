/**
 * The rules of the catalog CSV format applied to one row: every problem of the row with its line,
 * column, stable code, message and value, or the valid program it describes.
 */
package org.aimnav.ingest.validation;
