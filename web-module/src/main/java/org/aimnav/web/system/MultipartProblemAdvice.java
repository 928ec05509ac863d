package org.aimnav.web.system;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload body that cannot be parsed fails before any controller is chosen, so the advice for
 * API controllers never sees it: without this, a cut-off multipart body was a 500 (and a logged
 * stack trace), and a file name over the part header limit a 413 with no body. Both are the
 * client's mistake: 400, problem+json, saying what to fix. The size of the file itself is not
 * limited here ({@code spring.servlet.multipart.max-file-size=-1}); the import answers 413 for that.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MultipartProblemAdvice {

	private final DataSize maxPartHeaderSize;

	MultipartProblemAdvice(@Value("${server.tomcat.max-part-header-size:512B}") DataSize maxPartHeaderSize) {
		this.maxPartHeaderSize = maxPartHeaderSize;
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> malformedUpload(MultipartException ex) {
		String detail = ex instanceof MaxUploadSizeExceededException
				? "The upload could not be read: a part's headers are larger than the server accepts ("
						+ describe(maxPartHeaderSize) + "; is the file name that long?) or the form has too many "
						+ "parts. Send one file, with a shorter name, as the form field \"file\"."
				: "The upload is not a well-formed multipart/form-data body (it ends early or has no boundary). "
						+ "Send the file as the form field \"file\".";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setType(URI.create("about:blank"));
		problem.setTitle("Malformed upload");
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String describe(DataSize size) {
		return size.toBytes() % 1024 == 0 ? size.toKilobytes() + " KB" : size.toBytes() + " bytes";
	}

}
