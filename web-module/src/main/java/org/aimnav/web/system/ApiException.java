package org.aimnav.web.system;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * An API answer other than success that a controller decides on: its status, a short title, a
 * detail for people, and for invalid input the fields at fault.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	private final List<ApiFieldError> errors;

	public ApiException(HttpStatus status, String title, String detail, List<ApiFieldError> errors) {
		super(detail);
		this.status = status;
		this.title = title;
		this.errors = List.copyOf(errors);
	}

	public ApiException(HttpStatus status, String title, String detail) {
		this(status, title, detail, List.of());
	}

	public static ApiException notFound(String detail) {
		return new ApiException(HttpStatus.NOT_FOUND, "Not found", detail);
	}

	public static ApiException invalid(List<ApiFieldError> errors) {
		return new ApiException(HttpStatus.BAD_REQUEST, "Invalid request",
				errors.size() == 1 ? errors.get(0).message() : errors.size() + " inputs are invalid; see errors.",
				errors);
	}

	public HttpStatus status() {
		return status;
	}

	public String title() {
		return title;
	}

	public List<ApiFieldError> errors() {
		return errors;
	}

}
