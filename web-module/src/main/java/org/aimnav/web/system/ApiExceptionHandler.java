package org.aimnav.web.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.catalog.version.NoCurrentCatalogException;
import org.aimnav.catalog.version.VersionNotActivatableException;
import org.aimnav.catalog.version.VersionNotFoundException;
import org.aimnav.ingest.ImportInProgressException;
import org.aimnav.ingest.ImportNotFoundException;
import org.aimnav.ingest.ImportNotRestartableException;
import org.aimnav.ingest.ImportRefusedException;
import org.aimnav.recommender.Recommendations;
import org.aimnav.recommender.profile.InvalidProfileException;
import org.aimnav.recommender.result.ProgramNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns every failure of an API controller into {@code application/problem+json} (RFC 9457):
 * {@code type}, {@code title}, {@code status}, {@code detail}, and for invalid input an
 * {@code errors} array of {@code {field, code, message}}. Nothing internal (stack traces, class
 * names, SQL) reaches the client; unexpected failures are logged here instead. Ordered right after
 * the advice for requests that cannot be read at all ({@link ParameterEncodingAdvice}), which its
 * catch-all would otherwise take.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	/** RFC 9457: the problem has no meaning beyond its HTTP status; title and detail say the rest. */
	private static final URI ABOUT_BLANK = URI.create("about:blank");

	private final CatalogVersions versions;

	private final ProgramRepository programs;

	private final ObjectProvider<Recommendations> recommendations;

	public ApiExceptionHandler(CatalogVersions versions, ProgramRepository programs,
			ObjectProvider<Recommendations> recommendations) {
		this.versions = versions;
		this.programs = programs;
		this.recommendations = recommendations;
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ProblemDetail> api(ApiException ex) {
		return problem(ex.status(), ex.title(), ex.getMessage(), ex.errors());
	}

	@ExceptionHandler(VersionNotFoundException.class)
	ResponseEntity<ProblemDetail> versionNotFound(VersionNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), List.of());
	}

	@ExceptionHandler(VersionNotActivatableException.class)
	ResponseEntity<ProblemDetail> versionNotActivatable(VersionNotActivatableException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage(), List.of());
	}

	@ExceptionHandler(NoCurrentCatalogException.class)
	ResponseEntity<ProblemDetail> noCatalog(NoCurrentCatalogException ex) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "No catalog yet",
				"No catalog has been published yet; an administrator must import one first.", List.of());
	}

	@ExceptionHandler(ImportRefusedException.class)
	ResponseEntity<ProblemDetail> importRefused(ImportRefusedException ex) {
		return ex.tooLarge() ? problem(HttpStatus.CONTENT_TOO_LARGE, "File too large", ex.getMessage(), List.of())
				: problem(HttpStatus.BAD_REQUEST, "File refused", ex.getMessage(),
						List.of(new ApiFieldError("file", ex.reason().name(), ex.getMessage())));
	}

	@ExceptionHandler(ImportInProgressException.class)
	ResponseEntity<ProblemDetail> importInProgress(ImportInProgressException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Import in progress", ex.getMessage(), List.of()).getBody();
		problem.setProperty("runningImportId", ex.runningImportId());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(ImportNotFoundException.class)
	ResponseEntity<ProblemDetail> importNotFound(ImportNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), List.of());
	}

	@ExceptionHandler(ImportNotRestartableException.class)
	ResponseEntity<ProblemDetail> importNotRestartable(ImportNotRestartableException ex) {
		return problem(HttpStatus.CONFLICT, "Not restartable", ex.getMessage(), List.of());
	}

	@ExceptionHandler(InvalidProfileException.class)
	ResponseEntity<ProblemDetail> invalidProfile(InvalidProfileException ex) {
		List<ApiFieldError> errors = ex.errors()
			.stream()
			// Named like the other 400s ("mode: ..."), so that the detail says which field it is about.
			.map(error -> new ApiFieldError(error.field(), error.code(), error.field() + ": " + error.message()))
			.toList();
		ApiException invalid = ApiException.invalid(errors);
		return problem(invalid.status(), "Invalid learner profile", invalid.getMessage(), errors);
	}

	/**
	 * A program the recommender's version does not hold. For the few seconds after a new version is
	 * published the recommender still answers from the one before, while search already shows the
	 * new one: a program added by it is then not "not found" but not ready yet, 503 and Retry-After.
	 * When the recommender could not prepare the new version at all (not enough memory), that lasts
	 * until it can: 503 saying so, without promising seconds.
	 */
	@ExceptionHandler(ProgramNotFoundException.class)
	ResponseEntity<ProblemDetail> programNotFound(ProgramNotFoundException ex) {
		int current = versions.currentVersion().orElse(ex.catalogVersion());
		if (current != ex.catalogVersion() && programs.find(current, ex.programId()).isPresent()
				&& recommendations.stream().anyMatch(recommender -> recommender.couldNotPrepare(current))) {
			return problem(HttpStatus.SERVICE_UNAVAILABLE, "Catalog version not prepared", "Program '"
					+ ex.programId() + "' is in catalog version " + current + ", which the recommender could not "
					+ "prepare (not enough memory; the administrator finds the remedy in the log); it answers from "
					+ "version " + ex.catalogVersion() + ", which does not have this program.", List.of());
		}
		if (current != ex.catalogVersion() && programs.find(current, ex.programId()).isPresent()) {
			ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Catalog version changing",
					"Program '" + ex.programId() + "' is in catalog version " + current
							+ ", which the recommender is still preparing (it answers from version "
							+ ex.catalogVersion() + "); try again in a few seconds.",
					List.of()).getBody();
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
				.body(problem);
		}
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage(), List.of());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error in an API request", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"The request could not be completed because of an unexpected error; it has been logged.",
				List.of());
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
				: ex.getPropertyName();
		return invalid(List.of(FieldProblems.typeMismatch(field, ex)));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(List.of(new ApiFieldError(ex.getParameterName(), "REQUIRED",
				ex.getParameterName() + " is required")));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ApiFieldError> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> {
			String field = result.getMethodParameter().getParameterName();
			for (MessageSourceResolvable error : result.getResolvableErrors()) {
				errors.add(new ApiFieldError(field, FieldProblems.code(error.getCodes()), field + " " + error.getDefaultMessage()));
			}
		});
		return invalid(errors);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ApiFieldError> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(FieldProblems.of(error.getField(), error));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.add(new ApiFieldError(error.getObjectName(), FieldProblems.code(error.getCodes()),
					error.getDefaultMessage())));
		return invalid(errors);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getCause();
		if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = path(jackson);
			Throwable root = cause instanceof ValueInstantiationException ? cause.getCause() : null;
			if (root instanceof IllegalArgumentException && root.getMessage() != null) {
				return invalid(List.of(new ApiFieldError(field, "ENUM", field + ": " + root.getMessage())));
			}
			if (cause instanceof InvalidFormatException invalidFormat) {
				return invalid(List.of(new ApiFieldError(field, "TYPE", field + ": '" + invalidFormat.getValue()
						+ "' is not a valid " + FieldProblems.describe(invalidFormat.getTargetType()))));
			}
			return invalid(List.of(new ApiFieldError(field, "TYPE",
					field + " has the wrong type or shape for this field")));
		}
		return problemObject(HttpStatus.BAD_REQUEST, "Malformed request body",
				"The request body is not valid JSON of the expected shape.", List.of());
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		// Framework-raised errors (405, 413, 415, missing parameters...) carry a ProblemDetail too.
		if (body instanceof ProblemDetail problem && problem.getType() == null) {
			problem.setType(ABOUT_BLANK);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private ResponseEntity<Object> invalid(List<ApiFieldError> errors) {
		ApiException ex = ApiException.invalid(errors);
		return problemObject(ex.status(), ex.title(), ex.getMessage(), errors);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
			List<ApiFieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(ABOUT_BLANK);
		problem.setTitle(title);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).body(problem);
	}

	private static ResponseEntity<Object> problemObject(HttpStatus status, String title, String detail,
			List<ApiFieldError> errors) {
		return ResponseEntity.status(status).body(problem(status, title, detail, errors).getBody());
	}

}
