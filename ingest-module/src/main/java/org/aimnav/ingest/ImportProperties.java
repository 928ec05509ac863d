package org.aimnav.ingest;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of catalog imports.
 *
 * @param maxFileSize larger uploads are refused before anything is stored for good
 * @param uploadDir where uploaded files are kept while their import may still need them (a failed
 * import keeps its file so that it can be restarted; a finished one deletes it)
 * @param chunkSize rows validated and staged per transaction; a restart resumes after the last
 * committed chunk
 * @param lockLease how long the import lock stays held without a heartbeat: an instance that dies
 * mid-import frees the lock (and its import is marked failed) within about this time. The running
 * instance renews it every third of this time.
 * @param instanceId names this instance in the import lock; blank means host name and working
 * directory, which is stable across restarts, so a restarted instance recognises its own
 * interrupted import at once. Set it when several instances run on one host from one directory.
 * @param processingThreads threads that validate rows and prepare the valid ones for storing
 * (analyse their text for search, hash them for the checksum) ahead of the chunk being written;
 * the file is read on a thread of its own, and the chunk's thread only writes
 * @param maxValueLength offending values of more characters than this are shortened in problem
 * reports; at most 499, since a value is stored with its "…" in a column of 1,000 UTF-16 units
 * @param keepFailed how long a failed import keeps its stored upload and its staged rows, so that
 * it can be restarted; after that they are removed (checked hourly) and the file must be uploaded
 * again. Zero keeps them until the import is restarted
 */
@ConfigurationProperties("aimnav.import")
public record ImportProperties(
		@DefaultValue("200MB") DataSize maxFileSize,
		@DefaultValue("./data/uploads") Path uploadDir,
		@DefaultValue("1000") int chunkSize,
		@DefaultValue("30s") Duration lockLease,
		@DefaultValue("") String instanceId,
		@DefaultValue("2") int processingThreads,
		@DefaultValue("200") int maxValueLength,
		@DefaultValue("7d") Duration keepFailed) {

	public ImportProperties {
		if (chunkSize < 1) {
			throw new IllegalArgumentException("aimnav.import.chunk-size must be at least 1");
		}
		if (lockLease.toSeconds() < 3) {
			throw new IllegalArgumentException("aimnav.import.lock-lease must be at least 3 seconds");
		}
		if (keepFailed.isNegative()) {
			throw new IllegalArgumentException("aimnav.import.keep-failed must not be negative");
		}
		if (maxValueLength < 1 || maxValueLength > 499) {
			throw new IllegalArgumentException("aimnav.import.max-value-length must be between 1 and 499 (it is "
					+ maxValueLength + ")");
		}
		if (processingThreads < 1) {
			throw new IllegalArgumentException("aimnav.import.processing-threads must be at least 1");
		}
	}

	/** The upload limit as people read it, in messages and on the pages: {@code 200 MB}. */
	public String maxFileSizeText() {
		return sizeText(maxFileSize.toBytes());
	}

	/** What a file over the upload limit is told, however early it is noticed. */
	public static String tooLargeMessage(long maxBytes) {
		return "The file is larger than the limit of " + sizeText(maxBytes)
				+ ". Split it, or ask an administrator to raise aimnav.import.max-file-size.";
	}

	/** A size in the largest unit that states it exactly: {@code 200 MB}, {@code 512 KB}, {@code 1000 bytes}. */
	public static String sizeText(long bytes) {
		DataSize size = DataSize.ofBytes(bytes);
		if (size.toMegabytes() >= 1 && bytes % (1024 * 1024) == 0) {
			return String.format("%,d MB", size.toMegabytes());
		}
		if (size.toKilobytes() >= 1 && bytes % 1024 == 0) {
			return String.format("%,d KB", size.toKilobytes());
		}
		return String.format("%,d bytes", bytes);
	}

}
