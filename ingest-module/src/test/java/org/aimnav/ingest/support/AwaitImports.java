package org.aimnav.ingest.support;

import org.aimnav.ingest.ImportRun;
import org.aimnav.ingest.Imports;

/** Waits for an import launched in the background (a restart, a submit) to finish. */
public final class AwaitImports {

	private AwaitImports() {
	}

	public static ImportRun finished(Imports imports, String importId) {
		long deadline = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < deadline) {
			ImportRun run = imports.find(importId).orElseThrow();
			if (run.status().finished()) {
				return run;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("Import " + importId + " did not finish within a minute");
	}

}
