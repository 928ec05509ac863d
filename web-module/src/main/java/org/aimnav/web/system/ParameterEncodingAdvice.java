package org.aimnav.web.system;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A query parameter whose percent-encoding is not UTF-8 ({@code ?q=%FF}) cannot be read: Tomcat
 * refuses it when a controller first asks for parameters, which reached the catch-all as a 500.
 * It is the client's mistake, on the API and on the pages alike: 400, with the parameter named,
 * answered by the error controller (problem+json for the API and for clients that do not ask for
 * HTML, the error page for people).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ParameterEncodingAdvice {

	/** Tomcat names the parameter in its message: {@code Parameter [q] with value [...]}. */
	private static final Pattern NAMED = Pattern.compile("Parameter \\[([A-Za-z0-9_.\\-]{1,40})\\]");

	@ExceptionHandler(InvalidParameterException.class)
	void undecodableParameter(InvalidParameterException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Matcher named = NAMED.matcher(String.valueOf(ex.getMessage()));
		request.setAttribute(ProblemErrorController.DETAIL, (named.find()
				? "The query parameter '" + named.group(1) + "' could not be read"
				: "A query parameter could not be read")
				+ ": its percent-encoding is not UTF-8 (such as %FF). Encode the text as UTF-8, then percent-encode it.");
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
