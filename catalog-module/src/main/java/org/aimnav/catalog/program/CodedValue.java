package org.aimnav.catalog.program;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enumerated catalog value whose external form is its lower-case code, as written in the CSV
 * format and the API ({@code part_time}).
 */
public interface CodedValue {

	String name();

	@JsonValue
	default String code() {
		return CodedValues.defaultCode(this);
	}

	/**
	 * Reads a value the way the CSV format promises: case-insensitive, surrounding space trimmed,
	 * and {@code -} or a space read as {@code _}, so {@code "Full-time"} is {@code full_time}.
	 */
	static <E extends Enum<E> & CodedValue> Optional<E> parse(Class<E> type, String text) {
		if (text == null) {
			return Optional.empty();
		}
		// Stored and well-formed values are spelt exactly as their code: found without normalising.
		Object exact = CodedValues.byCode(type, text);
		return Optional.ofNullable(type.cast(exact != null ? exact : CodedValues.byCode(type, normalize(text))));
	}

	/** Like {@link #parse} but fails with a message that lists the allowed codes. */
	static <E extends Enum<E> & CodedValue> E require(Class<E> type, String text) {
		return parse(type, text).orElseThrow(() -> new IllegalArgumentException(
				"'" + text + "' is not one of " + String.join(", ", codes(type))));
	}

	static <E extends Enum<E> & CodedValue> List<String> codes(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(CodedValue::code).toList();
	}

	/** The lenient normal form used for every enumerated value and topic code. */
	static String normalize(String text) {
		return text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
	}

}
