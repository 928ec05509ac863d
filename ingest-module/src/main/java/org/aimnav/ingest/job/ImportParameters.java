package org.aimnav.ingest.job;

import java.nio.file.Path;

import org.aimnav.ingest.ImportMode;
import org.aimnav.ingest.ImportOptions;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * An import's job parameters. The import id alone identifies the job instance (one instance per
 * upload, so a restart continues the same instance); the others describe it and come back
 * unchanged on a restart.
 */
record ImportParameters(String importId, Path file, ImportOptions options) {

	static final String IMPORT_ID = "importId";

	static final String FILE = "file";

	static final String MODE = "mode";

	static final String DRY_RUN = "dryRun";

	static final String MAX_REJECTED_ROWS = "maxRejectedRows";

	JobParameters toJobParameters() {
		return new JobParametersBuilder().addString(IMPORT_ID, importId)
			.addString(FILE, file.toString(), false)
			.addString(MODE, options.mode().name(), false)
			.addString(DRY_RUN, Boolean.toString(options.dryRun()), false)
			.addLong(MAX_REJECTED_ROWS, options.maxRejectedRows(), false)
			.toJobParameters();
	}

	/** The parameters that find an import's job instance. */
	static JobParameters identifying(String importId) {
		return new JobParametersBuilder().addString(IMPORT_ID, importId).toJobParameters();
	}

	static ImportParameters of(JobParameters parameters) {
		return new ImportParameters(parameters.getString(IMPORT_ID), Path.of(parameters.getString(FILE)),
				new ImportOptions(ImportMode.valueOf(parameters.getString(MODE)),
						Boolean.parseBoolean(parameters.getString(DRY_RUN)), parameters.getLong(MAX_REJECTED_ROWS)));
	}

}
