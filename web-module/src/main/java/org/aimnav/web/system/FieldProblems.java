package org.aimnav.web.system;

import java.util.Arrays;
import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import org.aimnav.catalog.text.Texts;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.validation.FieldError;

/**
 * How an input that could not be read or broke a constraint is told to the client, one
 * {@link ApiFieldError} each: the API's problems and the pages' notices say the same thing.
 */
public final class FieldProblems {

	private FieldProblems() {
	}

	/** A binder's error: a value that could not be converted, or a constraint it broke. */
	public static ApiFieldError of(String field, FieldError error) {
		TypeMismatchException mismatch = error.contains(TypeMismatchException.class)
				? error.unwrap(TypeMismatchException.class) : null;
		return mismatch != null ? typeMismatch(field, mismatch)
				: new ApiFieldError(field, code(error.getCodes()), field + " " + error.getDefaultMessage());
	}

	/** A constraint that a value which could be read breaks ({@code size must be less than ...}). */
	public static ApiFieldError of(ConstraintViolation<?> violation) {
		String field = violation.getPropertyPath().toString();
		String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
		return new ApiFieldError(field, code(constraint), field + " " + violation.getMessage());
	}

	/** A value that could not be converted: an unknown enum value lists the allowed ones. */
	public static ApiFieldError typeMismatch(String field, TypeMismatchException ex) {
		Throwable cause = ex.getCause() instanceof ConversionFailedException failed ? failed.getCause() : ex.getCause();
		boolean isEnum = cause instanceof IllegalArgumentException && cause.getMessage() != null
				&& cause.getMessage().contains("is not one of");
		if (isEnum) {
			return new ApiFieldError(field, "ENUM", field + ": " + cause.getMessage());
		}
		String value = written(ex.getValue());
		if (isWholeNumberType(ex.getRequiredType()) && value.matches("-?\\d{10,}")) {
			// It is a number, just past what the field could ever take.
			return new ApiFieldError(field, "RANGE", field + ": " + quoted(value) + " is far too large a number");
		}
		return new ApiFieldError(field, "TYPE", field + ": " + quoted(value) + " is not a valid "
				+ describe(ex.getRequiredType()));
	}

	/**
	 * A value as a message quotes it: in quotes, its first 60 characters and "…" when longer (a
	 * 5,000-character parameter was echoed whole), as the import's reports quote values.
	 */
	public static String quoted(String value) {
		return "'" + Texts.shorten(value, 60) + "'";
	}

	/** The stable code of a constraint: the last, least specific of a binder's codes is its name. */
	static String code(String[] codes) {
		return code(codes == null || codes.length == 0 ? "" : codes[codes.length - 1]);
	}

	private static String code(String constraint) {
		return switch (constraint) {
			case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
			case "Size", "Length" -> "LENGTH";
			case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero" -> "RANGE";
			case "Pattern" -> "PATTERN";
			default -> constraint.isEmpty() ? "INVALID" : constraint.toUpperCase(Locale.ROOT);
		};
	}

	/** A type as a client would name it: {@code number}, {@code local date}. */
	static String describe(Class<?> type) {
		if (type == null) {
			return "value";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "number";
		}
		return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	private static boolean isWholeNumberType(Class<?> type) {
		return type == Integer.class || type == int.class || type == Long.class || type == long.class;
	}

	/** A rejected value as the client wrote it: a parameter given twice ({@code size=abc&size=2}) is an array. */
	private static String written(Object value) {
		return value instanceof Object[] values ? String.join(", ", Arrays.stream(values).map(String::valueOf).toList())
				: String.valueOf(value);
	}

}
