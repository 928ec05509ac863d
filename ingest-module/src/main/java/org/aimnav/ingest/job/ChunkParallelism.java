package org.aimnav.ingest.job;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.springframework.beans.factory.DisposableBean;

/**
 * Spreads the CPU-heavy part of writing a chunk (analysing text, hashing) over a few threads: the
 * chunk is cut into one slice per thread, the writer's own thread taking one. A chunk at a time,
 * not an item at a time: handing each row to a pool costs more than it saves.
 */
class ChunkParallelism implements DisposableBean {

	private final int threads;

	private final ExecutorService helpers;

	ChunkParallelism(int threads) {
		this.threads = threads;
		AtomicInteger count = new AtomicInteger();
		ThreadFactory factory = runnable -> {
			Thread thread = new Thread(runnable, "import-prepare-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		this.helpers = threads > 1 ? Executors.newFixedThreadPool(threads - 1, factory) : null;
	}

	/** {@code items} mapped in order, on up to {@code threads} threads. */
	<T, R> List<R> map(List<T> items, Function<T, R> function) {
		int slices = Math.min(threads, Math.max(1, items.size() / 64));
		if (slices == 1) {
			return items.stream().map(function).toList();
		}
		Object[] results = new Object[items.size()];
		int size = (items.size() + slices - 1) / slices;
		List<CompletableFuture<Void>> others = new ArrayList<>(slices - 1);
		for (int slice = 1; slice < slices; slice++) {
			int from = slice * size;
			int to = Math.min(items.size(), from + size);
			others.add(CompletableFuture.runAsync(() -> fill(items, function, results, from, to), helpers));
		}
		fill(items, function, results, 0, Math.min(size, items.size()));
		others.forEach(CompletableFuture::join);
		@SuppressWarnings("unchecked")
		List<R> mapped = (List<R>) Arrays.asList(results);
		return mapped;
	}

	private static <T, R> void fill(List<T> items, Function<T, R> function, Object[] results, int from, int to) {
		for (int i = from; i < to; i++) {
			results[i] = function.apply(items.get(i));
		}
	}

	@Override
	public void destroy() {
		if (helpers != null) {
			helpers.shutdownNow();
		}
	}

}
