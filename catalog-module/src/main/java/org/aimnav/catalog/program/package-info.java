/**
 * Programs of study: the domain of the catalog CSV format, its enumerations, and the queries that
 * search, filter, facet and page the current catalog version.
 */
package org.aimnav.catalog.program;
