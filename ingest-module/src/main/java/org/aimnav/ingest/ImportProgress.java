package org.aimnav.ingest;

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

}
