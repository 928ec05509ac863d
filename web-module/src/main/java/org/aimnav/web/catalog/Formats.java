package org.aimnav.web.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How catalog values read on the pages ({@code ${@formats.money(p.tuitionUsd)}}). Every method
 * returns null for an unknown value, which the templates show as "not stated".
 */
@Component("formats")
public class Formats {

	private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.44");

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private final MessageSource messages;

	Formats(MessageSource messages) {
		this.messages = messages;
	}

	/** {@code $45,000}; cents only when there are any. */
	public String money(BigDecimal usd) {
		if (usd == null) {
			return null;
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
		format.setMaximumFractionDigits(usd.stripTrailingZeros().scale() > 0 ? 2 : 0);
		return format.format(usd);
	}

	/** {@code 6 months}, {@code 48 months (4 years)}, {@code 0.13 months (about 4 days)}. */
	public String months(BigDecimal months) {
		if (months == null) {
			return null;
		}
		String number = months.stripTrailingZeros().toPlainString();
		Locale locale = LocaleContextHolder.getLocale();
		if (months.compareTo(BigDecimal.ONE) < 0) {
			int days = Math.max(1, months.multiply(DAYS_PER_MONTH).setScale(0, RoundingMode.HALF_UP).intValue());
			return messages.getMessage("value.monthsDays", new Object[] { number, days }, locale);
		}
		if (months.compareTo(BigDecimal.ONE) == 0) {
			return messages.getMessage("value.month", null, locale);
		}
		if (months.remainder(BigDecimal.valueOf(12)).signum() == 0) {
			return messages.getMessage("value.monthsYears",
					new Object[] { number, months.divide(BigDecimal.valueOf(12)).toPlainString() }, locale);
		}
		return messages.getMessage("value.months", new Object[] { number }, locale);
	}

	/** {@code 2026-11-28 14:05 UTC}: one zone for everyone, so curators on several sites agree. */
	public String timestamp(Instant instant) {
		return instant == null ? null : TIMESTAMP.format(instant) + " UTC";
	}

	/** {@code United States (US)}. */
	public String country(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH);
		return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
	}

}
