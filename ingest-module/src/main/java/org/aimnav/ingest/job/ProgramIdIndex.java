package org.aimnav.ingest.job;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The program ids a file has used so far, with the line of each one's first use: the memory
 * behind "a duplicate id is rejected on every occurrence after the first", across chunks, and
 * rebuilt from the file on restart.
 *
 * <p>Ids are kept as 128-bit fingerprints (the first half of their SHA-256) in open-addressing
 * arrays: about 40 bytes per distinct id (a million-row file needs about 40 MB), where a
 * {@code HashMap<String, Long>} would need over 120. Two different ids share a fingerprint with a
 * probability of about n²/2¹²⁹, some 10⁻²⁷ for a million ids: never, in practice.
 */
final class ProgramIdIndex {

	private static final float MAX_LOAD = 0.7f;

	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	});

	private long[] high;

	private long[] low;

	private int[] lines;

	private int size;

	ProgramIdIndex() {
		allocate(1 << 12);
	}

	/**
	 * Records an id at a line unless it was recorded before.
	 * @return the line of its first use when the id was seen before, or -1 when this is its first
	 */
	long firstUse(String programId, long line) {
		return firstUse(Fingerprint.of(programId), line);
	}

	/** {@link #firstUse(String, long)} for an id fingerprinted beforehand, maybe on another thread. */
	long firstUse(Fingerprint id, long line) {
		long h = id.high();
		long l = id.low();
		int mask = high.length - 1;
		int slot = (int) (h ^ (h >>> 32)) & mask;
		while (high[slot] != 0 || low[slot] != 0) {
			if (high[slot] == h && low[slot] == l) {
				return lines[slot];
			}
			slot = (slot + 1) & mask;
		}
		high[slot] = h;
		low[slot] = l;
		lines[slot] = (int) Math.min(line, Integer.MAX_VALUE);
		if (++size > high.length * MAX_LOAD) {
			grow();
		}
		return -1;
	}

	/**
	 * An id as the index keeps it: the first 128 bits of its SHA-256, never (0, 0), which marks an
	 * empty slot. Computing it is most of the cost of a lookup, and can be done on any thread.
	 */
	record Fingerprint(long high, long low) {

		static Fingerprint of(String programId) {
			ByteBuffer digest = ByteBuffer.wrap(SHA256.get().digest(programId.getBytes(StandardCharsets.UTF_8)));
			long high = digest.getLong();
			long low = digest.getLong();
			return new Fingerprint(high, high == 0 && low == 0 ? 1 : low);
		}

	}

	int size() {
		return size;
	}

	private void grow() {
		long[] oldHigh = high;
		long[] oldLow = low;
		int[] oldLines = lines;
		allocate(oldHigh.length * 2);
		int mask = high.length - 1;
		for (int i = 0; i < oldHigh.length; i++) {
			long h = oldHigh[i];
			long l = oldLow[i];
			if (h == 0 && l == 0) {
				continue;
			}
			int slot = (int) (h ^ (h >>> 32)) & mask;
			while (high[slot] != 0 || low[slot] != 0) {
				slot = (slot + 1) & mask;
			}
			high[slot] = h;
			low[slot] = l;
			lines[slot] = oldLines[i];
		}
	}

	private void allocate(int capacity) {
		high = new long[capacity];
		low = new long[capacity];
		lines = new int[capacity];
	}

}
