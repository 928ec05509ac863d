package org.aimnav.catalog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.aimnav.catalog.version.CurrentCatalogChanged;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** Boots the catalog module alone, on whichever database a test points it at. */
@SpringBootApplication
public class CatalogTestApplication {

	@Bean
	Announcements announcements() {
		return new Announcements();
	}

	/** Every change of the current version this instance was told of, in order. */
	public static class Announcements {

		private final List<Integer> versions = new CopyOnWriteArrayList<>();

		@EventListener
		void on(CurrentCatalogChanged event) {
			versions.add(event.version());
		}

		public List<Integer> versions() {
			return versions;
		}

	}

}
