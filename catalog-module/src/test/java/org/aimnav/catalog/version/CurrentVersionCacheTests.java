package org.aimnav.catalog.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The cache's life: what it builds, when, and what it serves meanwhile (swaps under load: the store contracts). */
@ExtendWith(OutputCaptureExtension.class)
class CurrentVersionCacheTests {

	private final CatalogVersions versions = mock(CatalogVersions.class);

	private final List<Integer> built = new CopyOnWriteArrayList<>();

	private final CurrentVersionCache<Integer> cache = new CurrentVersionCache<>("Testing", versions, new CatalogPreparation(), version -> {
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

	@Test
	void aBuildThatRunsOutOfMemoryLeavesThePreviousVersionInServiceAndSaysWhatToDo(CapturedOutput output)
			throws InterruptedException {
		when(versions.currentVersion()).thenReturn(OptionalInt.of(4));
		CurrentVersionCache<Integer> starved = new CurrentVersionCache<>("Testing", versions, new CatalogPreparation(),
				version -> {
					if (version == 5) {
						throw new OutOfMemoryError("Java heap space");
					}
					return version;
				}, v -> v, v -> 0);

		starved.start();
		awaitHeld(starved, 4);
		starved.onCurrentCatalogChanged(new CurrentCatalogChanged(5));
		awaitLogged(output, "not enough memory");
		assertThat(starved.couldNotPrepare(5)).isTrue();
		assertThat(starved.held(4)).as("still in service").contains(4);
		starved.onCurrentCatalogChanged(new CurrentCatalogChanged(6));
		awaitHeld(starved, 6);
		starved.stop();

		assertThat(starved.couldNotPrepare(5)).as("a later build succeeded").isFalse();
		assertThat(starved.couldNotPrepare(6)).isFalse();
		assertThat(output).contains("Testing: not enough memory to prepare catalog version 5; still serving version 4. "
				+ "The heap may grow to ").contains("start the platform with a larger one (java -Xmx...")
			.doesNotContain("java.lang.OutOfMemoryError");
	}

	@Test
	void aCacheWhoseVersionsAreAnsweredOtherwiseWhileMissingSaysHow(CapturedOutput output)
			throws InterruptedException {
		when(versions.currentVersion()).thenReturn(OptionalInt.empty());
		CurrentVersionCache<Integer> starved = new CurrentVersionCache<>("Searching", versions, new CatalogPreparation(),
				version -> {
					throw new OutOfMemoryError("Java heap space");
				}, v -> v, v -> 0);
		starved.setWhileMissing("its searches run in SQL meanwhile");

		starved.start();
		starved.onCurrentCatalogChanged(new CurrentCatalogChanged(9));
		awaitLogged(output, "not enough memory");
		starved.stop();

		assertThat(output)
			.contains("Searching: not enough memory to prepare catalog version 9; its searches run in SQL meanwhile. ")
			.doesNotContain("still serving");
	}

	@Test
	void buildsOfDifferentCachesTakeTurns() throws InterruptedException {
		CatalogPreparation preparation = new CatalogPreparation();
		AtomicInteger building = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		CountDownLatch bothAsked = new CountDownLatch(1);
		IntFunction<Integer> slowBuild = version -> {
			mostAtOnce.accumulateAndGet(building.incrementAndGet(), Math::max);
			try {
				bothAsked.await(5, TimeUnit.SECONDS);
				Thread.sleep(100); // room for the other cache's build to start, were it allowed to
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			building.decrementAndGet();
			return version;
		};
		when(versions.currentVersion()).thenReturn(OptionalInt.empty());
		CurrentVersionCache<Integer> search = new CurrentVersionCache<>("Searching", versions, preparation, slowBuild,
				v -> v, v -> 0);
		CurrentVersionCache<Integer> recommend = new CurrentVersionCache<>("Recommending from", versions, preparation,
				slowBuild, v -> v, v -> 0);
		search.start();
		recommend.start();

		search.onCurrentCatalogChanged(new CurrentCatalogChanged(7));
		recommend.onCurrentCatalogChanged(new CurrentCatalogChanged(7));
		bothAsked.countDown();
		awaitHeld(search, 7);
		awaitHeld(recommend, 7);
		search.stop();
		recommend.stop();

		assertThat(mostAtOnce).hasValue(1);
	}

	@Test
	void aVersionReplacedWhileItsBuildWaitedItsTurnIsNotBuilt() throws InterruptedException {
		CatalogPreparation preparation = new CatalogPreparation();
		CountDownLatch release = new CountDownLatch(1);
		when(versions.currentVersion()).thenReturn(OptionalInt.empty());
		Thread other = new Thread(() -> preparation.oneAtATime(() -> {
			try {
				return release.await(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				return false;
			}
		}));
		other.start();
		CurrentVersionCache<Integer> waiting = new CurrentVersionCache<>("Testing", versions, preparation, version -> {
			built.add(version);
			return version;
		}, v -> v, v -> 0);
		waiting.start();
		for (int i = 0; i < 500 && !preparationBusy(preparation); i++) {
			Thread.sleep(5);
		}
		assertThat(preparationBusy(preparation)).as("another preparation runs").isTrue();

		waiting.onCurrentCatalogChanged(new CurrentCatalogChanged(5));
		waiting.onCurrentCatalogChanged(new CurrentCatalogChanged(6));
		release.countDown();
		awaitHeld(waiting, 6);
		waiting.stop();

		assertThat(built).containsExactly(6);
	}

	private static boolean preparationBusy(CatalogPreparation preparation) {
		Thread probe = new Thread(() -> preparation.oneAtATime(() -> null));
		probe.start();
		try {
			probe.join(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return probe.isAlive();
	}

	private static void awaitLogged(CapturedOutput output, String text) throws InterruptedException {
		for (int i = 0; i < 500 && !output.getOut().contains(text); i++) {
			Thread.sleep(10);
		}
	}

	private void awaitHeld(int version) throws InterruptedException {
		awaitHeld(cache, version);
	}

	private static void awaitHeld(CurrentVersionCache<Integer> cache, int version) throws InterruptedException {
		for (int i = 0; i < 500 && cache.held(version).isEmpty(); i++) {
			Thread.sleep(10);
		}
		assertThat(cache.held(version)).as("version %d held", version).contains(version);
	}

}
