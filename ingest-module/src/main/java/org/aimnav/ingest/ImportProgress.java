package org.aimnav.ingest;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * How far a running import has come, for a progress line or bar.
 *
 * @param importId the import
 * @param status where it stands
 * @param rowsRead rows read so far (committed)
 * @param bytesRead bytes of the file read so far
 * @param bytesTotal the file's size in bytes
 */
public record ImportProgress(String importId, ImportStatus status, long rowsRead, long bytesRead, long bytesTotal) {

	/** Share of the file read, 0 to 100. */
	public int percent() {
		if (bytesTotal <= 0) {
			return status.finished() ? 100 : 0;
		}
		return (int) Math.min(100, bytesRead * 100 / bytesTotal);
	}

	/** Rows read per second over {@code elapsed}; 0 before any time has passed. */
	public double rowsPerSecond(Duration elapsed) {
		return elapsed.toMillis() == 0 ? 0 : rowsRead * 1000.0 / elapsed.toMillis();
	}

	/**
	 * Seconds left at the pace so far, by the bytes still to read; empty once finished or before
	 * anything was read.
	 */
	public OptionalLong secondsLeft(Duration elapsed) {
		if (status.finished() || bytesRead <= 0 || bytesRead >= bytesTotal) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Math.round(elapsed.toMillis() / 1000.0 * (bytesTotal - bytesRead) / bytesRead));
	}

}
