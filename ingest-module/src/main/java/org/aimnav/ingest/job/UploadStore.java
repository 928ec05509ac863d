package org.aimnav.ingest.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.aimnav.ingest.ImportProperties;
import org.aimnav.ingest.ImportRefusedException;
import org.aimnav.ingest.RefusalReason;
import org.aimnav.ingest.csv.ContentScan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

/**
 * The folder where uploads are kept while their import may need them: written in one pass that
 * also scans the bytes (size, SHA-256, UTF-8), under a temporary name until complete, and refused
 * (and removed) as soon as it grows past the size limit.
 */
class UploadStore {

	private static final Logger log = LoggerFactory.getLogger(UploadStore.class);

	private final Path folder;

	private final long maxBytes;

	UploadStore(Path folder, DataSize maxFileSize) {
		this.folder = folder.toAbsolutePath().normalize();
		this.maxBytes = maxFileSize.toBytes();
	}

	/**
	 * Stores an upload as {@code <importId>.csv}.
	 * @throws ImportRefusedException the upload is larger than the limit (nothing is kept)
	 */
	Stored store(String importId, InputStream content) throws IOException {
		Files.createDirectories(folder);
		Path target = fileOf(importId);
		Path partial = folder.resolve(importId + ".partial");
		ContentScan scan = new ContentScan();
		boolean complete = false;
		try (OutputStream out = Files.newOutputStream(partial)) {
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			int n;
			while ((n = content.read(buffer)) > 0) {
				total += n;
				if (total > maxBytes) {
					throw new ImportRefusedException(RefusalReason.TOO_LARGE, ImportProperties.tooLargeMessage(maxBytes));
				}
				scan.update(buffer, 0, n);
				out.write(buffer, 0, n);
			}
			complete = true;
		}
		finally {
			if (!complete) {
				Files.deleteIfExists(partial);
			}
		}
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return new Stored(target, scan.finish());
	}

	Path fileOf(String importId) {
		return folder.resolve(importId + ".csv");
	}

	/** Removes an upload whose import no longer needs it. */
	void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// Not worth failing an import for; the next administrator's look at the folder will do.
			log.warn("Could not delete the stored upload {}: {}", file, ex.getMessage());
		}
	}

	record Stored(Path file, ContentScan.Result scan) {
	}

}
