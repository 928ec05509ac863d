package org.aimnav.ingest.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads items and runs the step's {@link ItemProcessor} on them ahead of the step, on background
 * threads, so that the step's own thread is left with writing: a chunk-oriented step otherwise
 * reads, processes and writes one after the other, and with the database busy writing a chunk the
 * other core would sit idle. (Batch's own {@code AsyncItemProcessor} runs a chunk's processing in
 * parallel but still waits for it before writing; here the next chunks are processed while one
 * is written.)
 *
 * <p>One thread reads the source in batches; {@code threads} workers prepare each batch (the
 * CPU-heavy part); the step takes the prepared items in source order. At most
 * {@code batchesAhead} batches wait, so memory stays bounded whatever the file's size.
 *
 * <p>Restarts stay exact: this reader counts the items it has <em>handed to the step</em> (not
 * what the background read), and Batch saves that count at each commit. Whatever was read ahead is
 * a buffer, dropped when the step stops; a restart skips the committed items in the source (read,
 * not prepared) and goes on from there. A failure keeps its place: an error reading the source is
 * thrown when the step asks for the item where it happened, an error preparing an item when the
 * step asks for that item, as if nothing had been read ahead.
 *
 * <p>Not final: as a step-scoped bean it is proxied by subclassing.
 *
 * @param <I> what the source reads
 * @param <O> what the step gets
 */
class ReadAheadReader<I, O> extends AbstractItemCountingItemStreamItemReader<O> {

	private static final AtomicInteger INSTANCES = new AtomicInteger();

	private final ItemStreamReader<I> source;

	private final ItemProcessor<I, O> processor;

	private final int threads;

	private final int batchSize;

	private final int batchesAhead;

	private BlockingQueue<Future<Batch>> ready;

	private ExecutorService workers;

	private Thread reading;

	private Batch current;

	private int next;

	/**
	 * @param name the key of the saved count in the step's execution context
	 * @param source read from its start, once; its own state is not saved (its position runs ahead)
	 * @param processor what the workers do to each item; must be thread-safe, and must not filter
	 * (return null): the saved count is of the source's items
	 */
	ReadAheadReader(String name, ItemStreamReader<I> source, ItemProcessor<I, O> processor, int threads,
			int batchSize, int batchesAhead) {
		this.source = source;
		this.processor = processor;
		this.threads = threads;
		this.batchSize = batchSize;
		this.batchesAhead = batchesAhead;
		setName(name);
	}

	@Override
	protected void doOpen() {
		source.open(new ExecutionContext());
	}

	/** On a restart: skips what was committed in the source itself, without preparing it. */
	@Override
	protected void jumpToItem(int itemIndex) throws Exception {
		for (int i = 0; i < itemIndex; i++) {
			if (source.read() == null) {
				return;
			}
		}
	}

	@Override
	protected O doRead() throws Exception {
		if (reading == null) {
			start();
		}
		while (true) {
			if (current != null && next < current.items.length) {
				Object item = current.items[next++];
				if (item instanceof Failed failed) {
					throw failed.error;
				}
				@SuppressWarnings("unchecked")
				O prepared = (O) item;
				return prepared;
			}
			if (current != null && current.last) {
				if (current.error != null) {
					throw current.error;
				}
				return null;
			}
			current = take();
			next = 0;
		}
	}

	@Override
	protected void doClose() throws Exception {
		if (reading != null) {
			reading.interrupt();
			reading.join(TimeUnit.SECONDS.toMillis(30));
			workers.shutdownNow();
			reading = null;
		}
		current = null;
		source.close();
	}

	private void start() {
		int instance = INSTANCES.incrementAndGet();
		AtomicInteger count = new AtomicInteger();
		workers = Executors.newFixedThreadPool(threads, runnable -> daemon(runnable,
				"import-prepare-" + instance + "-" + count.incrementAndGet()));
		// A batch waits as a future; with as many in the queue as workers plus a few, the workers
		// never starve while the step writes, and the reading thread stops when the step falls behind.
		ready = new ArrayBlockingQueue<>(batchesAhead);
		reading = daemon(this::readBatches, "import-read-" + instance);
		reading.start();
	}

	private static Thread daemon(Runnable runnable, String name) {
		Thread thread = new Thread(runnable, name);
		thread.setDaemon(true);
		return thread;
	}

	private void readBatches() {
		try {
			boolean last = false;
			while (!last) {
				List<I> items = new ArrayList<>(batchSize);
				Exception error = null;
				try {
					while (items.size() < batchSize) {
						I item = source.read();
						if (item == null) {
							last = true;
							break;
						}
						items.add(item);
					}
				}
				catch (Exception ex) {
					error = ex;
					last = true;
				}
				Exception failure = error;
				boolean end = last;
				ready.put(workers.submit(() -> prepare(items, end, failure)));
			}
		}
		catch (InterruptedException ex) {
			// The step closed the reader: what was read ahead is dropped.
		}
		catch (RuntimeException | Error ex) {
			// Not a reading error (those travel in their batch): the step must hear of it rather
			// than wait for a batch that never comes. Once the workers are shut down, it is closing.
			if (!workers.isShutdown()) {
				try {
					ready.put(CompletableFuture.completedFuture(new Batch(new Object[0], true,
							ex instanceof Exception e ? e : new ItemStreamException("Reading ahead failed", ex))));
				}
				catch (InterruptedException closing) {
					// The step is closing: nobody waits for the batch.
				}
			}
		}
	}

	private Batch prepare(List<I> items, boolean last, Exception error) {
		Object[] prepared = new Object[items.size()];
		for (int i = 0; i < prepared.length; i++) {
			try {
				prepared[i] = processor.process(items.get(i));
				if (prepared[i] == null) {
					throw new IllegalStateException("The processor filtered an item; a read-ahead processor must not");
				}
			}
			catch (Exception ex) {
				prepared[i] = new Failed(ex);
			}
		}
		return new Batch(prepared, last, error);
	}

	private Batch take() throws Exception {
		Future<Batch> batch = ready.take();
		try {
			return batch.get();
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof Exception cause ? cause
					: new ItemStreamException("Preparing rows failed", ex.getCause());
		}
	}

	/** Prepared items in source order; the last batch says so, with the error that ended it, if any. */
	private record Batch(Object[] items, boolean last, Exception error) {
	}

	/** An item whose preparation failed: the error is the step's when it gets there. */
	private record Failed(Exception error) {
	}

}
