package org.aimnav.recommender.profile;

import java.util.List;
import java.util.stream.Collectors;

/** A learner profile that breaks one or more rules; carries every problem, not the first. */
public class InvalidProfileException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidProfileException(List<FieldError> errors) {
		super("Invalid learner profile: "
				+ errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}

}
