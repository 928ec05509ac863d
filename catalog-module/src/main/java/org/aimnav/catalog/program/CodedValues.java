package org.aimnav.catalog.program;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The codes of each {@link CodedValue} enum, worked out once per type: reading a version back
 * looks codes up several times a row, and lower-casing every constant's name for every lookup
 * (a new string each time) showed up among the top frames of its profile.
 */
final class CodedValues {

	/** Each enum's default codes (its constants' names in lower case), by ordinal. */
	private static final ClassValue<String[]> DEFAULT_CODES = new ClassValue<>() {
		@Override
		protected String[] computeValue(Class<?> type) {
			Object[] constants = type.getEnumConstants();
			String[] codes = new String[constants.length];
			for (int i = 0; i < constants.length; i++) {
				codes[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
			}
			return codes;
		}
	};

	/** Each enum's constants by their code (as {@link CodedValue#code()} gives it). */
	private static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
		@Override
		protected Map<String, Object> computeValue(Class<?> type) {
			Map<String, Object> byCode = new HashMap<>();
			for (Object constant : type.getEnumConstants()) {
				byCode.put(((CodedValue) constant).code(), constant);
			}
			return Map.copyOf(byCode);
		}
	};

	private CodedValues() {
	}

	static String defaultCode(CodedValue value) {
		if (value instanceof Enum<?> constant) {
			return DEFAULT_CODES.get(constant.getDeclaringClass())[constant.ordinal()];
		}
		return value.name().toLowerCase(Locale.ROOT);
	}

	/** The constant whose code is exactly {@code code}, or null. */
	static Object byCode(Class<?> type, String code) {
		return BY_CODE.get(type).get(code);
	}

}
