package org.aimnav.catalog.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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

	public boolean hasTopic(String topic) {
		return topics.contains(topic);
	}

	public boolean servesAudience(Audience audience) {
		return audiences.contains(audience);
	}

}
