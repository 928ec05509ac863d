package org.aimnav.ingest.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.aimnav.catalog.program.CatalogColumn;
import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.version.CatalogChecksum;
import org.aimnav.catalog.version.CatalogVersion;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.ingest.ImportMode;
import org.aimnav.ingest.csv.CatalogFileCheck;
import org.aimnav.ingest.csv.CatalogLayout;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The import's first step: reads the file's layout (so a file refused as a whole fails here, with
 * its message, before anything is staged), records it, and opens the version to stage into: empty
 * to replace the catalog, a copy of the current version to merge into. A dry run stages nothing.
 * One transaction; should the step run again after a crash, the version it opened is reused.
 */
class PrepareTasklet implements Tasklet {

	private final ImportRecords records;

	private final CatalogVersions versions;

	private final ProgramRepository programs;

	PrepareTasklet(ImportRecords records, CatalogVersions versions, ProgramRepository programs) {
		this.records = records;
		this.versions = versions;
		this.programs = programs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ImportParameters parameters = ImportParameters
			.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
		String importId = parameters.importId();
		Path file = parameters.file();
		CatalogLayout layout = CatalogFileCheck.layout(file);
		List<String> warnings = new ArrayList<>(layout.warnings());
		Set<CatalogColumn> kept = StagingWriter.absentColumns(layout);
		if (parameters.options().mode() == ImportMode.MERGE && !kept.isEmpty()) {
			warnings.add("The file has no column " + String.join(", ", kept.stream().map(CatalogColumn::header).toList())
					+ ": the programs it changes keep their current values of " + (kept.size() == 1 ? "that field" : "those fields")
					+ ", and the programs it adds have none.");
		}
		records.layout(importId, layout.delimiter().label(), warnings);
		if (parameters.options().dryRun()) {
			// Nothing is staged, but the checksum of what would be is kept, to tell whether a real
			// import would be UNCHANGED: a replace's from nothing, a merge's from the current version's.
			if (records.find(importId).orElseThrow().stagedChecksum() == null) {
				Optional<CatalogVersion> current = versions.current();
				if (parameters.options().mode() == ImportMode.REPLACE) {
					// The current version is the one its rows are compared with, to say what would change.
					records.stagingVersion(importId, null, new CatalogChecksum().hex(),
							current.map(CatalogVersion::version).orElse(null));
				}
				else if (current.isPresent()) {
					records.stagingVersion(importId, null, checksumOf(current.get()), current.get().version());
				}
			}
			return RepeatStatus.FINISHED;
		}
		Integer opened = records.find(importId).orElseThrow().stagingVersion();
		if (opened != null) {
			return RepeatStatus.FINISHED;
		}
		int version = versions.createStaging(importId);
		String checksum = new CatalogChecksum().hex();
		Integer mergeBase = null;
		if (parameters.options().mode() == ImportMode.MERGE) {
			Optional<CatalogVersion> current = versions.current();
			mergeBase = ImportRecords.Stored.NO_MERGE_BASE;
			if (current.isPresent()) {
				mergeBase = current.get().version();
				programs.copyVersion(current.get().version(), version);
				checksum = checksumOf(current.get());
			}
		}
		records.stagingVersion(importId, version, checksum, mergeBase);
		return RepeatStatus.FINISHED;
	}

	/** A version's checksum: kept since it was published, computed for one published before that was. */
	private String checksumOf(CatalogVersion version) {
		return version.checksum() != null ? version.checksum() : versions.checksum(version.version());
	}

}
