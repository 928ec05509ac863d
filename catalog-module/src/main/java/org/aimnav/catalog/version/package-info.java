/**
 * Catalog versions: staging, publishing, the one current version, activation (rollback), diffs and
 * content checksums, and the watcher that tells every instance when the current version changes.
 */
package org.aimnav.catalog.version;
