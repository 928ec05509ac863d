package org.aimnav.catalog.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

/** The cache's life: what it builds, when, and what it serves meanwhile (swaps under load: the store contracts). */
class CurrentVersionCacheTests {

	private final CatalogVersions versions = mock(CatalogVersions.class);

	private final List<Integer> built = new CopyOnWriteArrayList<>();

	private final CurrentVersionCache<Integer> cache = new CurrentVersionCache<>("Testing", versions, version -> {
		built.add(version);
		return version;
	}, v -> v, v -> 0);

	@Test
	void startedItBuildsTheCurrentVersionAndEachNewOneInTheBackground() throws InterruptedException {
		when(versions.currentVersion()).thenReturn(OptionalInt.of(4));

		cache.start();
		awaitHeld(4);
		cache.onCurrentCatalogChanged(new CurrentCatalogChanged(5));
		awaitHeld(5);
		cache.stop();

		assertThat(built).containsExactly(4, 5);
		assertThat(cache.held(4)).isEmpty();
		assertThat(cache.held(5)).contains(5);
	}

	@Test
	void notStartedItBuildsNothingUntilAskedAsTheCommandLineWants() {
		when(versions.currentVersion()).thenReturn(OptionalInt.of(4));
		cache.setAutoStartup(false);

		cache.onCurrentCatalogChanged(new CurrentCatalogChanged(4));

		assertThat(cache.isAutoStartup()).isFalse();
		assertThat(built).isEmpty();
		assertThat(cache.held(4)).isEmpty();
		assertThat(cache.current()).isEqualTo(4);
		assertThat(built).containsExactly(4);
	}

	private void awaitHeld(int version) throws InterruptedException {
		for (int i = 0; i < 500 && cache.held(version).isEmpty(); i++) {
			Thread.sleep(10);
		}
		assertThat(cache.held(version)).as("version %d held", version).contains(version);
	}

}
