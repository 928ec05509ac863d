package org.aimnav.web.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A page address with a parameter of the wrong type ({@code /admin/versions?from=abc}) answers the
 * error page naming the parameter, not a bare "could not be completed". Last in order: the API's
 * advice answers its own controllers with problem+json first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageParameterAdvice {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void wrongType(MethodArgumentTypeMismatchException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Class<?> type = ex.getRequiredType();
		boolean number = type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive());
		request.setAttribute(ProblemErrorController.DETAIL, "The parameter '" + ex.getName() + "' of this address must be "
				+ (number ? "a whole number" : "a valid value") + "; '" + ex.getValue() + "' is not.");
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
