package org.aimnav.ingest.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadReaderTests {

	private static final String NAME = "numbers";

	@Test
	void everyItemIsPreparedAndHandedOutInSourceOrder() throws Exception {
		Set<String> threads = ConcurrentHashMap.newKeySet();
		ReadAheadReader<Integer, String> reader = reader(new Numbers(1003, -1), n -> {
			threads.add(Thread.currentThread().getName());
			return "#" + n;
		});

		List<String> read = readAll(reader, new ExecutionContext());

		assertThat(read).hasSize(1003).startsWith("#0", "#1").endsWith("#1002");
		assertThat(read).isEqualTo(IntStream.range(0, 1003).mapToObj(n -> "#" + n).toList());
		assertThat(threads).as("prepared off the caller's thread").allMatch(name -> name.startsWith("import-prepare-"));
	}

	@Test
	void theSavedPositionCountsWhatWasHandedOutNotWhatWasReadAhead() throws Exception {
		Numbers source = new Numbers(1000, -1);
		ReadAheadReader<Integer, String> reader = reader(source, n -> "#" + n);
		ExecutionContext context = new ExecutionContext();
		reader.open(context);
		for (int i = 0; i < 25; i++) {
			reader.read();
		}
		waitUntil(() -> source.served.get() > 25);

		reader.update(context);
		reader.close();

		assertThat(context.getInt(NAME + ".read.count")).isEqualTo(25);
	}

	@Test
	void aRestartGoesOnAfterTheSavedPositionWithoutPreparingWhatItSkips() throws Exception {
		ExecutionContext context = new ExecutionContext();
		context.putInt(NAME + ".read.count", 42);
		List<Integer> prepared = new ArrayList<>();
		ReadAheadReader<Integer, String> reader = reader(new Numbers(50, -1), n -> {
			synchronized (prepared) {
				prepared.add(n);
			}
			return "#" + n;
		});

		List<String> read = readAll(reader, context);

		assertThat(read).containsExactly("#42", "#43", "#44", "#45", "#46", "#47", "#48", "#49");
		assertThat(prepared).doesNotContain(0, 41);
	}

	@Test
	void aSourceErrorReachesTheStepAtItsPlaceAfterTheItemsBeforeIt() throws Exception {
		ReadAheadReader<Integer, String> reader = reader(new Numbers(100, 37), n -> "#" + n);
		reader.open(new ExecutionContext());
		try {
			for (int i = 0; i < 37; i++) {
				assertThat(reader.read()).isEqualTo("#" + i);
			}
			assertThatThrownBy(reader::read).isInstanceOf(IllegalStateException.class).hasMessage("unreadable at 37");
		}
		finally {
			reader.close();
		}
	}

	@Test
	void anItemThatCannotBePreparedFailsWhenTheStepGetsToIt() throws Exception {
		ReadAheadReader<Integer, String> reader = reader(new Numbers(100, -1), n -> {
			if (n == 13) {
				throw new IllegalArgumentException("cannot prepare 13");
			}
			return "#" + n;
		});
		reader.open(new ExecutionContext());
		try {
			for (int i = 0; i < 13; i++) {
				assertThat(reader.read()).isEqualTo("#" + i);
			}
			assertThatThrownBy(reader::read).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("cannot prepare 13");
		}
		finally {
			reader.close();
		}
	}

	@Test
	void readingAheadStopsAtItsBoundWhileTheStepIsBusy() throws Exception {
		Numbers source = new Numbers(1_000_000, -1);
		ReadAheadReader<Integer, String> reader = reader(source, n -> "#" + n);
		reader.open(new ExecutionContext());
		try {
			reader.read();
			waitUntil(() -> source.served.get() >= 50);
			Thread.sleep(200);

			// The step's batch, four waiting and one being handed over: 6 batches of 10.
			assertThat(source.served.get()).isLessThanOrEqualTo(60);
		}
		finally {
			reader.close();
		}
	}

	@Test
	void closingMidwayStopsTheBackgroundThreadsAndClosesTheSource() throws Exception {
		Numbers source = new Numbers(1_000_000, -1);
		ReadAheadReader<Integer, String> reader = reader(source, n -> "#" + n);
		reader.open(new ExecutionContext());
		reader.read();
		waitUntil(() -> source.served.get() >= 50);

		reader.close();

		assertThat(source.closed).isTrue();
		waitUntil(() -> Thread.getAllStackTraces().keySet().stream()
			.noneMatch(t -> t.getName().startsWith("import-read-") || t.getName().startsWith("import-prepare-")));
	}

	private static ReadAheadReader<Integer, String> reader(Numbers source, ItemProcessor<Integer, String> prepare) {
		return new ReadAheadReader<>(NAME, source, prepare, 2, 10, 4);
	}

	private static List<String> readAll(ReadAheadReader<Integer, String> reader, ExecutionContext context)
			throws Exception {
		reader.open(context);
		try {
			List<String> read = new ArrayList<>();
			for (String item = reader.read(); item != null; item = reader.read()) {
				read.add(item);
			}
			return read;
		}
		finally {
			reader.close();
		}
	}

	private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("condition not met within 10 s");
			}
			Thread.sleep(10);
		}
	}

	/** 0, 1, 2, ... up to a count, failing at one position if asked. */
	private static final class Numbers implements ItemStreamReader<Integer> {

		private final int count;

		private final int failAt;

		private final AtomicInteger served = new AtomicInteger();

		private volatile boolean closed;

		Numbers(int count, int failAt) {
			this.count = count;
			this.failAt = failAt;
		}

		@Override
		public Integer read() {
			int next = served.get();
			if (next == failAt) {
				throw new IllegalStateException("unreadable at " + next);
			}
			if (next >= count) {
				return null;
			}
			return served.getAndIncrement();
		}

		@Override
		public void close() {
			closed = true;
		}

	}

}
