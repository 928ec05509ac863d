package org.aimnav.catalog.program;

import java.math.BigDecimal;

/** Decimal values as people write them: {@code 18000}, not {@code 18000.0000} or {@code 1.8E+4}. */
public final class Decimals {

	private Decimals() {
	}

	public static BigDecimal clean(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	public static String format(BigDecimal value) {
		return value == null ? "" : clean(value).toPlainString();
	}

}
