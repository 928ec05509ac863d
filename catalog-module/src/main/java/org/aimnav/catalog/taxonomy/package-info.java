/**
 * The topic taxonomy as data: codes, labels, groups and synonyms, loaded from a JSON resource so
 * that it can be extended without a code change.
 */
package org.aimnav.catalog.taxonomy;
