package org.aimnav.ingest;

import java.util.List;

/**
 * One page of the import history, newest first.
 * @param imports the imports on this page
 * @param total how many imports there are in all
 * @param page this page, from 0
 * @param size imports a page holds
 */
public record ImportHistory(List<ImportRun> imports, long total, int page, int size) {

	public ImportHistory {
		imports = List.copyOf(imports);
	}

	/** Whether a later page holds older imports. */
	public boolean hasOlder() {
		return (page + 1L) * size < total;
	}

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

}
