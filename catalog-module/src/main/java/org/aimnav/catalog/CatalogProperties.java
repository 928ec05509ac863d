package org.aimnav.catalog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings of the catalog.
 *
 * @param taxonomy the topic taxonomy (JSON); point it at a file to extend the taxonomy without a
 * code change
 * @param refreshInterval how often an instance checks whether another instance changed the current
 * catalog version
 * @param loadCurated whether the platform imports the curated catalog when it starts with no catalog
 * at all (the embedded default's first start; switch it off for a production database that curators
 * fill themselves)
 * @param curated the catalog imported then
 * @param prepareCurrent whether the current version is prepared for serving in the background, at
 * start and whenever it changes (the search index, the recommender's snapshot, the statistics); the
 * command-line import, which serves nothing, switches it off so it does not compete with the import
 */
@ConfigurationProperties("aimnav.catalog")
public record CatalogProperties(
		@DefaultValue("classpath:taxonomy/topics.json") Resource taxonomy,
		@DefaultValue("2s") Duration refreshInterval,
		@DefaultValue("true") boolean loadCurated,
		@DefaultValue("classpath:catalog/programs.csv") Resource curated,
		@DefaultValue("true") boolean prepareCurrent) {

}
