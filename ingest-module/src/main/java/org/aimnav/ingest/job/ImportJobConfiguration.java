package org.aimnav.ingest.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.ingest.ImportMode;
import org.aimnav.ingest.ImportProperties;
import org.aimnav.ingest.Imports;
import org.aimnav.ingest.csv.CatalogFileCheck;
import org.aimnav.ingest.csv.CsvRow;
import org.aimnav.ingest.validation.RowValidator;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.ClassUtils;

/**
 * The catalog import job and the service around it. The job, on the application's JDBC job
 * repository: {@code prepare} (read the layout, open the version to stage into), {@code stage}
 * (chunks of rows: read, validate, stage valid rows and record problems), {@code publish} (apply
 * the policy; publish or discard). Each step writes to the database in its own transactions, with
 * the application's transaction manager.
 *
 * <p>The application must set {@code spring.batch.job.enabled=false} (Spring Boot would otherwise
 * launch the job at start-up, without an upload) and leave the Batch schema to Flyway
 * ({@code spring.batch.jdbc.initialize-schema=never}); migration V2 creates it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
public class ImportJobConfiguration {

	static final String JOB_NAME = "catalogImport";

	/**
	 * Rows handed to a preparing thread at a time: enough to make the hand-over cheap, few enough
	 * that the rows read ahead stay a few megabytes.
	 */
	static final int READ_AHEAD_BATCH = 250;

	@Bean
	BatchSchemaMigration batchSchemaMigration() {
		return new BatchSchemaMigration();
	}

	@Bean
	ImportRecords importRecords(JdbcTemplate jdbc, Clock clock) {
		return new ImportRecords(jdbc, clock);
	}

	@Bean
	ImportLock importLock(JdbcTemplate jdbc, ImportProperties properties) {
		return new ImportLock(jdbc, instanceId(properties), properties.lockLease());
	}

	@Bean
	ImportHeartbeat importHeartbeat(ImportLock lock) {
		return new ImportHeartbeat(lock);
	}

	@Bean
	ImportExecutor importExecutor(ImportLock lock) {
		return new ImportExecutor(lock);
	}

	@Bean
	UploadStore uploadStore(ImportProperties properties) {
		return new UploadStore(properties.uploadDir(), properties.maxFileSize());
	}

	@Bean
	RowValidator rowValidator(Taxonomy taxonomy, Clock clock, ImportProperties properties) {
		return new RowValidator(taxonomy, clock, properties.maxValueLength());
	}

	/** COPY on PostgreSQL (when its driver is there), JDBC batches elsewhere. */
	@Bean
	ProgramStager programStager(JdbcTemplate jdbc, ProgramRepository programs) {
		if (postgresql(jdbc) && ClassUtils.isPresent("org.postgresql.PGConnection", getClass().getClassLoader())) {
			return new PostgresCopyStager(jdbc, programs);
		}
		return new JdbcProgramStager(programs);
	}

	private static boolean postgresql(JdbcTemplate jdbc) {
		String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
		return "PostgreSQL".equalsIgnoreCase(product);
	}

	@Bean
	ImportJobListener importJobListener(ImportRecords records, ImportHeartbeat heartbeat, UploadStore uploads,
			CatalogVersions versions) {
		return new ImportJobListener(records, heartbeat, uploads, versions);
	}

	@Bean
	Job catalogImportJob(JobRepository jobRepository, @Qualifier("importPrepareStep") Step prepare,
			@Qualifier("importStageStep") Step stage, @Qualifier("importPublishStep") Step publish,
			ImportJobListener listener) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.validator(new DefaultJobParametersValidator(
					new String[] { ImportParameters.IMPORT_ID, ImportParameters.FILE, ImportParameters.MODE,
							ImportParameters.DRY_RUN, ImportParameters.MAX_REJECTED_ROWS },
					new String[0]))
			.listener(listener)
			.start(prepare)
			.next(stage)
			.next(publish)
			.build();
	}

	@Bean
	Step importPrepareStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ImportRecords records, CatalogVersions versions, ProgramRepository programs) {
		return new StepBuilder("importPrepare", jobRepository)
			.tasklet(new PrepareTasklet(records, versions, programs), transactionManager)
			.build();
	}

	@Bean
	Step importStageStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ImportProperties properties, ReadAheadReader<CsvRow, PreparedRow> preparedRowReader,
			StagingWriter stagingWriter, @Qualifier("importStageListener") StepExecutionListener listener) {
		// The processor (RowPreparer: validation and preparation) runs ahead, in the reader's threads.
		return new StepBuilder("importStage", jobRepository).<PreparedRow, PreparedRow>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(preparedRowReader)
			.writer(stagingWriter)
			.listener(listener)
			.build();
	}

	@Bean
	Step importPublishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ImportRecords records, CatalogVersions versions, ImportLock lock) {
		return new StepBuilder("importPublish", jobRepository)
			.tasklet(new PublishTasklet(records, versions, lock), transactionManager)
			.build();
	}

	/** Step-scoped without a proxy (a record cannot be subclassed): only other step-scoped beans take it. */
	@Bean
	@Scope(scopeName = "step", proxyMode = ScopedProxyMode.NO)
	ImportInput importInput(@Value("#{stepExecution}") StepExecution stepExecution, ImportRecords records) {
		ImportParameters parameters = ImportParameters.of(stepExecution.getJobParameters());
		Integer version = records.find(parameters.importId()).orElseThrow().stagingVersion();
		return new ImportInput(parameters.importId(), parameters.file(), CatalogFileCheck.layout(parameters.file()),
				parameters.options(), version);
	}

	/**
	 * Without a proxy: the read-ahead thread reads it, and a step-scoped proxy only resolves on the
	 * step's own thread.
	 */
	@Bean
	@Scope(scopeName = "step", proxyMode = ScopedProxyMode.NO)
	CatalogCsvReader catalogCsvReader(ImportInput input) {
		return new CatalogCsvReader(input.file(), input.layout().delimiter(), input.layout().header().unnamedIndexes());
	}

	/**
	 * The file's rows, validated and prepared ahead of the writer. Saves its position under the
	 * name the plain reader had ({@code catalogCsvReader.read.count}), so a restart finds it.
	 */
	@Bean
	@StepScope
	ReadAheadReader<CsvRow, PreparedRow> preparedRowReader(ImportInput input, CatalogCsvReader catalogCsvReader,
			RowValidator validator, ImportProperties properties) {
		RowPreparer preparer = new RowPreparer(validator, input.layout(),
				input.options().dryRun() ? null : input.stagingVersion());
		int threads = properties.processingThreads();
		return new ReadAheadReader<>(CatalogCsvReader.NAME, catalogCsvReader, preparer, threads, READ_AHEAD_BATCH,
				threads + 2);
	}

	@Bean
	@StepScope
	StagingWriter stagingWriter(ImportInput input, RowValidator validator, ProgramStager stager,
			ImportRecords records) {
		return new StagingWriter(input.importId(), input.options().dryRun() ? null : input.stagingVersion(),
				input.options().mode() == ImportMode.MERGE, input.file(), input.layout(), validator, stager, records);
	}

	@Bean
	@StepScope
	StepExecutionListener importStageListener(ImportInput input, ImportRecords records,
			CatalogCsvReader catalogCsvReader) {
		return new StepExecutionListener() {
			@Override
			public ExitStatus afterStep(StepExecution stepExecution) {
				// Not isUnsuccessful(): a step told to stop (STOPPED) has not read the whole file either.
				if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
					return null;
				}
				long blank = catalogCsvReader.blankRowsSkipped();
				records.finishReading(input.importId(), blank, input.file().toFile().length());
				if (blank > 0) {
					records.addWarning(input.importId(), blank == 1 ? "1 blank row was skipped."
							: String.format("%,d blank rows were skipped.", blank));
				}
				catalogCsvReader.valuesUnderUnnamedColumns().forEach((column, rows) -> records.addWarning(
						input.importId(), String.format("%s under column %d, which has no name in the header, so %s "
								+ "ignored. If the column's name was lost, name it and upload the file again.",
								rows == 1 ? "1 row has a value" : String.format("%,d rows have values", rows), column,
								rows == 1 ? "it was" : "they were")));
				return null;
			}
		};
	}

	/** Twenty seconds: within the thirty that container platforms give a process to end before they kill it. */
	@Bean
	ImportShutdown importShutdown(ImportJobListener listener, ImportJobLauncher launcher, ImportExecutor executor) {
		return new ImportShutdown(listener, launcher, executor, Duration.ofSeconds(20));
	}

	@Bean
	ImportJobLauncher importJobLauncher(@Qualifier("catalogImportJob") Job job, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, ImportExecutor executor) throws Exception {
		return new ImportJobLauncher(job, jobRepository, transactionManager, executor);
	}

	@Bean
	ImportRecovery importRecovery(ImportRecords records, ImportLock lock, JobRepository jobRepository,
			ImportJobLauncher launcher) {
		return new ImportRecovery(records, lock, jobRepository, launcher);
	}

	@Bean
	FailedImportCleanup failedImportCleanup(ImportRecords records, CatalogVersions versions, UploadStore uploads,
			ImportProperties properties, Clock clock) {
		return new FailedImportCleanup(records, versions, uploads, properties.keepFailed(), clock);
	}

	@Bean
	Imports imports(ImportRecords records, ImportLock lock, UploadStore uploads, ImportJobLauncher launcher,
			ImportExecutor executor, ImportRecovery recovery) {
		return new BatchImports(records, lock, uploads, launcher, executor, recovery);
	}

	/** Host name and working directory: stable across restarts of one installation. */
	static String instanceId(ImportProperties properties) {
		if (!properties.instanceId().isBlank()) {
			return properties.instanceId();
		}
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = System.getenv().getOrDefault("HOSTNAME", "localhost");
		}
		String id = host + ":" + Path.of("").toAbsolutePath();
		return id.length() > 300 ? id.substring(id.length() - 300) : id;
	}

}
