package org.aimnav.catalog.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** Preparations take turns: one at a time, in the order they asked, the urgent ones first. */
class CatalogPreparationTests {

	private final CatalogPreparation preparation = new CatalogPreparation();

	private final List<String> ran = new CopyOnWriteArrayList<>();

	@Test
	void waitingPreparationsRunOneAtATimeInTheirOrderButUrgentOnesFirst() throws InterruptedException {
		CountDownLatch release = new CountDownLatch(1);
		Thread running = start(() -> preparation.oneAtATime(() -> {
			await(release);
			return record("statistics");
		}));
		awaitWaiting(running);
		Thread snapshot = start(() -> preparation.oneAtATime(() -> record("snapshot")));
		awaitWaiting(snapshot);
		Thread later = start(() -> preparation.oneAtATime(() -> record("later")));
		awaitWaiting(later);
		Thread index = start(() -> preparation.urgently(() -> record("search index")));
		awaitWaiting(index);

		release.countDown();
		for (Thread thread : List.of(running, snapshot, later, index)) {
			thread.join(5_000);
		}

		assertThat(ran).containsExactly("statistics", "search index", "snapshot", "later");
	}

	@Test
	void aPreparationThatFailsLetsTheNextOneRun() {
		try {
			preparation.oneAtATime(() -> {
				throw new IllegalStateException("broken");
			});
		}
		catch (IllegalStateException expected) {
			// the next one must not wait for it
		}

		assertThat(preparation.urgently(() -> record("next"))).isEqualTo("next");
	}

	private String record(String name) {
		ran.add(name);
		return name;
	}

	private static Thread start(Supplier<?> task) {
		Thread thread = new Thread(task::get);
		thread.start();
		return thread;
	}

	/** Until the thread waits: its turn, or (the first) the latch inside its preparation. */
	private static void awaitWaiting(Thread thread) throws InterruptedException {
		for (int i = 0; i < 500 && thread.getState() != Thread.State.WAITING
				&& thread.getState() != Thread.State.TIMED_WAITING; i++) {
			Thread.sleep(5);
		}
		assertThat(thread.getState()).isIn(Thread.State.WAITING, Thread.State.TIMED_WAITING);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
