package org.aimnav.catalog.version;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.util.unit.DataSize;

/**
 * Lets one preparation of a catalog version for serving (the search index, the recommender's
 * snapshot, the statistics) run at a time. Each reads the whole version into memory while the
 * previous version still serves; run side by side, as they did, their peaks added up, and a
 * 512 MB server that held a catalog of 240,000 programs ran out of memory preparing the next one.
 * One after the other, the new version is ready a few seconds later and needs a third of the room.
 */
public final class CatalogPreparation {

	private final ReentrantLock lock = new ReentrantLock(true);

	/** Runs {@code preparation} once no other preparation runs, in the order they asked. */
	public <T> T oneAtATime(Supplier<T> preparation) {
		lock.lock();
		try {
			return preparation.get();
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * The end of the sentence logged when a preparation ran out of memory: how large the heap may
	 * grow and what the operator can do about it (the stack trace says nothing about the remedy).
	 */
	public static String heapAdvice() {
		return "The heap may grow to " + DataSize.ofBytes(Runtime.getRuntime().maxMemory()).toMegabytes()
				+ " MB; start the platform with a larger one (java -Xmx..., see Memory in the README).";
	}

}
