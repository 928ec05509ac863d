package org.aimnav.ingest.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.JobOperatorFactoryBean;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Starts and restarts import jobs on the import threads. It has a {@link JobOperator} of its own
 * over the application's job repository rather than giving the application's operator a task
 * executor: that would make every other job of the application asynchronous too.
 */
class ImportJobLauncher {

	private final Job job;

	private final JobRepository jobRepository;

	private final ImportExecutor executor;

	private final JobOperator operator;

	ImportJobLauncher(Job job, JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ImportExecutor executor) throws Exception {
		this.job = job;
		this.jobRepository = jobRepository;
		this.executor = executor;
		MapJobRegistry registry = new MapJobRegistry();
		registry.register(job);
		JobOperatorFactoryBean factory = new JobOperatorFactoryBean();
		factory.setJobRepository(jobRepository);
		factory.setJobRegistry(registry);
		factory.setTransactionManager(transactionManager);
		factory.setTaskExecutor(executor);
		factory.afterPropertiesSet();
		this.operator = factory.getObject();
	}

	JobOperator operator() {
		return operator;
	}

	/** Starts a new import's job; returns once it is queued on an import thread. */
	JobExecution start(ImportParameters parameters) {
		return executor.launching(parameters.importId(), () -> {
			try {
				return operator.start(job, parameters.toJobParameters());
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not start import " + parameters.importId(), ex);
			}
		});
	}

	/**
	 * Asks a running import's job to stop after the chunk it is writing: marks its execution
	 * STOPPING in the job repository, which the step reads when it commits the chunk (and the job
	 * before it starts another step). Not through {@link JobOperator#stop}: for the running step it
	 * also registers the step's execution on the calling thread and releases it, which closes that
	 * step's step-scoped beans (the file's reader) under the step still reading.
	 * @return false when the execution was no longer running
	 */
	boolean stop(long executionId) {
		JobExecution execution = jobRepository.getJobExecution(executionId);
		if (execution == null || !execution.isRunning()) {
			return false;
		}
		execution.setStatus(BatchStatus.STOPPING);
		jobRepository.update(execution);
		return true;
	}

	/**
	 * Resumes an import's job after its last execution failed: from the step that failed, and in
	 * the chunk step after the last committed chunk. Starts it afresh if it never got to run.
	 */
	JobExecution restart(ImportParameters parameters) {
		JobParameters identifying = ImportParameters.identifying(parameters.importId());
		JobExecution last = jobRepository.getLastJobExecution(job.getName(), identifying);
		if (last == null) {
			return start(parameters);
		}
		return executor.launching(parameters.importId(), () -> {
			try {
				return operator.restart(last);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not restart import " + parameters.importId(), ex);
			}
		});
	}

}
