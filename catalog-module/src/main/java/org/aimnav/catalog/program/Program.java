package org.aimnav.catalog.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One program of study, one row of the catalog CSV format. Blank cells are {@code null} (the
 * product shows "not stated" and never guesses); list columns are never null and never empty for a
 * valid program. A program is validated once, where it enters (the import), and trusted after.
 */
public record Program(
		String programId,
		String institution,
		String programName,
		Credential credential,
		DeliveryFormat deliveryFormat,
		Pace pace,
		BigDecimal durationMonths,
		BigDecimal tuitionUsd,
		String country,
		String city,
		List<Audience> audiences,
		List<String> topics,
		PriorDegree minPriorDegree,
		String description,
		String url,
		String sourceUrl,
		LocalDate lastVerified) {

	public Program {
		Objects.requireNonNull(programId, "programId");
		Objects.requireNonNull(institution, "institution");
		Objects.requireNonNull(programName, "programName");
		Objects.requireNonNull(credential, "credential");
		audiences = List.copyOf(audiences);
		topics = List.copyOf(topics);
	}

	/**
	 * This program with the values of some columns taken from another: a merge keeps the current
	 * values of the columns its file does not have.
	 */
	public Program withValuesOf(Program other, Set<CatalogColumn> columns) {
		return new Program(pick(columns, CatalogColumn.PROGRAM_ID, programId, other.programId),
				pick(columns, CatalogColumn.INSTITUTION, institution, other.institution),
				pick(columns, CatalogColumn.PROGRAM_NAME, programName, other.programName),
				pick(columns, CatalogColumn.CREDENTIAL, credential, other.credential),
				pick(columns, CatalogColumn.DELIVERY_FORMAT, deliveryFormat, other.deliveryFormat),
				pick(columns, CatalogColumn.PACE, pace, other.pace),
				pick(columns, CatalogColumn.DURATION_MONTHS, durationMonths, other.durationMonths),
				pick(columns, CatalogColumn.TUITION_USD, tuitionUsd, other.tuitionUsd),
				pick(columns, CatalogColumn.COUNTRY, country, other.country),
				pick(columns, CatalogColumn.CITY, city, other.city),
				pick(columns, CatalogColumn.AUDIENCES, audiences, other.audiences),
				pick(columns, CatalogColumn.TOPICS, topics, other.topics),
				pick(columns, CatalogColumn.MIN_PRIOR_DEGREE, minPriorDegree, other.minPriorDegree),
				pick(columns, CatalogColumn.DESCRIPTION, description, other.description),
				pick(columns, CatalogColumn.URL, url, other.url),
				pick(columns, CatalogColumn.SOURCE_URL, sourceUrl, other.sourceUrl),
				pick(columns, CatalogColumn.LAST_VERIFIED, lastVerified, other.lastVerified));
	}

	private static <T> T pick(Set<CatalogColumn> columns, CatalogColumn column, T own, T other) {
		return columns.contains(column) ? other : own;
	}

	public boolean hasTopic(String topic) {
		return topics.contains(topic);
	}

	public boolean servesAudience(Audience audience) {
		return audiences.contains(audience);
	}

}
