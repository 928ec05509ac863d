package org.aimnav.catalog.version;

import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Tells this instance when the current catalog version changes, whoever changed it: this instance
 * refreshes right after it publishes or activates a version, and polls the database so that a
 * change made by another instance sharing it arrives within the poll interval
 * ({@code aimnav.catalog.refresh-interval}).
 */
public class CurrentVersionWatcher {

	private static final Logger log = LoggerFactory.getLogger(CurrentVersionWatcher.class);

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private Integer lastSeen;

	public CurrentVersionWatcher(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Scheduled(fixedDelayString = "${aimnav.catalog.refresh-interval:PT2S}")
	public void poll() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			// A database blip must not stop the polling; the next poll tries again.
			log.warn("Could not check the current catalog version: {}", ex.getMessage());
		}
	}

	/** Reads the current version and announces it when it differs from the last one seen. */
	public synchronized void refresh() {
		// Synchronized end to end so that listeners see changes in the order they happened.
		List<Integer> rows = jdbc.queryForList("SELECT version FROM catalog_current WHERE id = 1", Integer.class);
		Integer current = rows.isEmpty() ? null : rows.get(0);
		if (current != null && !Objects.equals(current, lastSeen)) {
			log.info("Current catalog version is now {}", current);
			events.publishEvent(new CurrentCatalogChanged(current));
		}
		lastSeen = current;
	}

}
