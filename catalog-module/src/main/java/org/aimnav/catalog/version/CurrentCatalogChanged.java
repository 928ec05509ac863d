package org.aimnav.catalog.version;

/**
 * Published (as a Spring application event) when this instance learns that the current catalog
 * version has changed: after it published or activated a version itself, or when another instance
 * sharing the database did and {@link CurrentVersionWatcher} noticed.
 */
public record CurrentCatalogChanged(int version) {

}
