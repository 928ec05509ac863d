/** Text analysis shared by catalog search and recommendation (Lucene analyzers). */
package org.aimnav.catalog.search;
