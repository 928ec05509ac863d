package org.aimnav.catalog.program;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The columns of the catalog CSV format, in the format's order, with whether each is required and
 * how a program's value is written in it. The one place that knows the format's column names:
 * the import, the exports, checksums and version diffs all go through it.
 */
public enum CatalogColumn {

	PROGRAM_ID(true, Program::programId),
	INSTITUTION(true, Program::institution),
	PROGRAM_NAME(true, Program::programName),
	CREDENTIAL(true, p -> p.credential().code()),
	DELIVERY_FORMAT(false, p -> code(p.deliveryFormat())),
	PACE(false, p -> code(p.pace())),
	DURATION_MONTHS(false, p -> Decimals.format(p.durationMonths())),
	TUITION_USD(false, p -> Decimals.format(p.tuitionUsd())),
	COUNTRY(false, Program::country),
	CITY(false, Program::city),
	AUDIENCES(true, p -> audienceCodes(p.audiences())),
	TOPICS(true, p -> String.join(";", p.topics())),
	MIN_PRIOR_DEGREE(false, p -> code(p.minPriorDegree())),
	DESCRIPTION(false, Program::description),
	URL(false, Program::url),
	SOURCE_URL(false, Program::sourceUrl),
	LAST_VERIFIED(false, p -> p.lastVerified() == null ? null : p.lastVerified().toString());

	private final boolean required;

	private final Function<Program, String> writer;

	CatalogColumn(boolean required, Function<Program, String> writer) {
		this.required = required;
		this.writer = writer;
	}

	/** The column's name in a CSV header, for example {@code delivery_format}. */
	public String header() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean required() {
		return required;
	}

	/** Whether the program states a value in this column; cheaper than {@link #valueOf}. */
	public boolean isStated(Program p) {
		return switch (this) {
			case PROGRAM_ID, INSTITUTION, PROGRAM_NAME, CREDENTIAL, AUDIENCES, TOPICS -> true;
			case DELIVERY_FORMAT -> p.deliveryFormat() != null;
			case PACE -> p.pace() != null;
			case DURATION_MONTHS -> p.durationMonths() != null;
			case TUITION_USD -> p.tuitionUsd() != null;
			case COUNTRY -> p.country() != null;
			case CITY -> p.city() != null;
			case MIN_PRIOR_DEGREE -> p.minPriorDegree() != null;
			case DESCRIPTION -> p.description() != null;
			case URL -> p.url() != null;
			case SOURCE_URL -> p.sourceUrl() != null;
			case LAST_VERIFIED -> p.lastVerified() != null;
		};
	}

	/** The program's value as the CSV format writes it; empty for a blank (unknown) value. */
	public String valueOf(Program program) {
		String value = writer.apply(program);
		return value == null ? "" : value;
	}

	public static List<String> headers() {
		return List.of(values()).stream().map(CatalogColumn::header).toList();
	}

	private static String audienceCodes(List<Audience> audiences) {
		if (audiences.size() == 1) {
			return audiences.get(0).code();
		}
		StringBuilder codes = new StringBuilder(audiences.size() * 16);
		for (Audience audience : audiences) {
			codes.append(codes.isEmpty() ? "" : ";").append(audience.code());
		}
		return codes.toString();
	}

	private static String code(CodedValue value) {
		return value == null ? null : value.code();
	}

}
