/**
 * Text as every part of the product treats it alike: what counts as blank around a value (the
 * import, the search API and the recommender's profile trim the same invisible characters), and how
 * a value is quoted in a message or cut to fit a report.
 */
package org.aimnav.catalog.text;
