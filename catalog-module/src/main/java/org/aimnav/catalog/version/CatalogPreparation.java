package org.aimnav.catalog.version;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

import org.springframework.util.unit.DataSize;

/**
 * Lets one preparation of a catalog version for serving (the search index, the recommender's
 * snapshot, the statistics) run at a time. Each reads the whole version into memory while the
 * previous version still serves; run side by side, as they did, their peaks added up, and a
 * 512 MB server that held a catalog of 240,000 programs ran out of memory preparing the next one.
 *
 * <p>
 * Waiting preparations run in the order they asked, except that an urgent one goes before the
 * others: until the search index of a new version is built, its searches run in SQL (seconds on a
 * catalog of hundreds of thousands of programs), while the recommender keeps answering from the
 * previous version and statistics are computed when asked for.
 */
public final class CatalogPreparation {

	private final Object turns = new Object();

	private final Deque<Object> urgent = new ArrayDeque<>();

	private final Deque<Object> others = new ArrayDeque<>();

	private boolean running;

	/** Runs {@code preparation} once no other preparation runs and none asked before it. */
	public <T> T oneAtATime(Supplier<T> preparation) {
		return inTurn(others, preparation);
	}

	/** Runs {@code preparation} once no other runs, before any that is not urgent. */
	public <T> T urgently(Supplier<T> preparation) {
		return inTurn(urgent, preparation);
	}

	private <T> T inTurn(Deque<Object> line, Supplier<T> preparation) {
		Object ticket = new Object();
		synchronized (turns) {
			line.addLast(ticket);
			try {
				while (running || next() != ticket) {
					turns.wait();
				}
			}
			catch (InterruptedException ex) {
				line.remove(ticket);
				turns.notifyAll();
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting to prepare a catalog version", ex);
			}
			line.removeFirst();
			running = true;
		}
		try {
			return preparation.get();
		}
		finally {
			synchronized (turns) {
				running = false;
				turns.notifyAll();
			}
		}
	}

	private Object next() {
		return urgent.isEmpty() ? others.peekFirst() : urgent.peekFirst();
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
