/**
 * Catalog statistics with Tablesaw: counts by facet, tuition and duration distributions per
 * credential, the topic by credential matrix, completeness and freshness. Computed once per catalog
 * version and cached; a version's content never changes once published.
 */
package org.aimnav.catalog.stats;
