package org.aimnav.ingest.job;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramRow;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The real stager with faults on demand, for tests: fail the n-th chunk as a lost database
 * connection would, or hold it until released (an import that stays running).
 */
class FaultyStager implements ProgramStager {

	private final ProgramStager delegate;

	private final AtomicInteger calls = new AtomicInteger();

	private final AtomicInteger stagedRows = new AtomicInteger();

	private volatile int failingCall = -1;

	private volatile int blockingCall = -1;

	private volatile CountDownLatch blocked = new CountDownLatch(0);

	private volatile CountDownLatch release = new CountDownLatch(0);

	FaultyStager(ProgramStager delegate) {
		this.delegate = delegate;
	}

	/** The {@code n}-th chunk staged from now on (1-based) fails. */
	void failOnChunk(int n) {
		calls.set(0);
		failingCall = n;
	}

	/** The {@code n}-th chunk staged from now on waits until {@link #release()}. */
	void blockOnChunk(int n) {
		calls.set(0);
		blocked = new CountDownLatch(1);
		release = new CountDownLatch(1);
		blockingCall = n;
	}

	/** Waits until the import reached the blocking chunk. */
	void awaitBlocked() throws InterruptedException {
		if (!blocked.await(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The import never reached the blocking chunk");
		}
	}

	void release() {
		release.countDown();
	}

	/** Counts the rows staged from now on. */
	void countStagedRows() {
		stagedRows.set(0);
	}

	int stagedRows() {
		return stagedRows.get();
	}

	void reset() {
		failingCall = -1;
		blockingCall = -1;
		release.countDown();
	}

	@Override
	public List<Program> stage(int version, List<ProgramRow> programs, boolean merge) {
		int call = calls.incrementAndGet();
		if (call == failingCall) {
			failingCall = -1;
			throw new DataAccessResourceFailureException("Connection to the database was lost (simulated)");
		}
		if (call == blockingCall) {
			blockingCall = -1;
			blocked.countDown();
			try {
				release.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		List<Program> replaced = delegate.stage(version, programs, merge);
		stagedRows.addAndGet(programs.size());
		return replaced;
	}

	@Override
	public List<Program> find(int version, List<String> programIds) {
		return delegate.find(version, programIds);
	}

}
