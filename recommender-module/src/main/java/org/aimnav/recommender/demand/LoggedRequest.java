package org.aimnav.recommender.demand;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.aimnav.catalog.program.CodedValue;
import org.aimnav.catalog.program.Decimals;
import org.aimnav.recommender.engine.Phrases;
import org.aimnav.recommender.profile.LearnerProfile;
import org.aimnav.recommender.profile.MustHave;
import org.aimnav.recommender.result.RecommendationResult;
import org.aimnav.recommender.result.RecommendedProgram;
import tools.jackson.databind.json.JsonMapper;

/** One request as the log stores it: the profile without identifiers, and what it got. */
record LoggedRequest(
		String requestId,
		Instant requestedAt,
		LocalDate requestedDay,
		int catalogVersion,
		String role,
		List<String> goals,
		List<String> interests,
		String interestsText,
		BigDecimal maxBudgetUsd,
		BigDecimal maxDurationMonths,
		String deliveryFormats,
		String paces,
		String country,
		String priorDegree,
		String credentials,
		String mustHave,
		String mustHaveKey,
		String mustHaveLabel,
		int requestedLimit,
		int mustHaveMatches,
		int relevantMatches,
		List<Result> results,
		String relaxations) {

	record Result(int rank, String programId, BigDecimal score) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

	private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.)\\S+");

	/** Six or more digits in a row, give or take separators: phone, ID and card numbers. */
	private static final Pattern NUMBER = Pattern.compile("\\+?\\d(?:[\\s().-]?\\d){5,}");

	static LoggedRequest of(RecommendationResult result, Instant at, int maxTextLength) {
		LearnerProfile p = result.profileEcho();
		List<Result> results = new ArrayList<>();
		for (RecommendedProgram program : result.results()) {
			results.add(new Result(program.rank(), program.programId(), BigDecimal.valueOf(program.score())));
		}
		List<RelaxationRow> relaxations = result.relaxations()
			.stream()
			.map(r -> new RelaxationRow(r.constraint(), r.suggestion(), r.additionalMatches()))
			.toList();
		return new LoggedRequest(UUID.randomUUID().toString(), at, LocalDate.ofInstant(at, ZoneOffset.UTC),
				result.catalogVersion(), p.role() == null ? null : p.role().code(),
				p.goals().stream().map(CodedValue::code).toList(), p.interests(),
				scrub(p.interestsText(), maxTextLength), p.maxBudgetUsd(), p.maxDurationMonths(),
				delimited(p.deliveryFormats()), delimited(p.paces()), p.country(),
				p.priorDegree() == null ? null : p.priorDegree().code(), delimited(p.credentials()),
				p.mustHave().isEmpty() ? ""
						: ";" + p.mustHave().stream().map(MustHave::code).collect(Collectors.joining(";")) + ";",
				mustHaveKey(p), mustHaveLabel(p), p.limit(), result.mustHaveMatches(), result.relevantMatches(),
				results, JSON.writeValueAsString(relaxations));
	}

	/**
	 * The free text without what could identify a person (e-mail addresses, links, long numbers),
	 * with its white space collapsed, cut to {@code max} characters.
	 */
	static String scrub(String text, int max) {
		if (text == null) {
			return null;
		}
		String clean = EMAIL.matcher(text).replaceAll("[email]");
		clean = LINK.matcher(clean).replaceAll("[link]");
		clean = NUMBER.matcher(clean).replaceAll("[number]");
		clean = clean.replaceAll("\\s+", " ").strip();
		if (clean.length() > max) {
			int end = max;
			if (end > 0 && Character.isHighSurrogate(clean.charAt(end - 1))) {
				end--;
			}
			clean = clean.substring(0, end).strip();
		}
		return clean.isEmpty() ? null : clean;
	}

	/** The must-haves with their values, one canonical string per combination. */
	static String mustHaveKey(LearnerProfile p) {
		return p.mustHave().stream().map(m -> m.code() + switch (m) {
			case BUDGET -> "<=" + Decimals.format(p.maxBudgetUsd());
			case DURATION -> "<=" + Decimals.format(p.maxDurationMonths());
			case DELIVERY_FORMAT -> "=" + codes(p.deliveryFormats());
			case PACE -> "=" + codes(p.paces());
			case COUNTRY -> "=" + p.country();
			case CREDENTIAL -> "=" + codes(p.credentials());
			case PRIOR_DEGREE -> "=" + p.priorDegree().code();
		}).collect(Collectors.joining(";"));
	}

	/** The must-haves as a person reads them: {@code PhD, online}. */
	static String mustHaveLabel(LearnerProfile p) {
		return p.mustHave().stream().map(m -> switch (m) {
			case BUDGET -> "budget up to USD " + String.format(Locale.US,
					p.maxBudgetUsd().stripTrailingZeros().scale() > 0 ? "%,.2f" : "%,.0f", p.maxBudgetUsd());
			case DURATION -> "up to " + Phrases.months(p.maxDurationMonths().doubleValue());
			case DELIVERY_FORMAT -> words(p.deliveryFormats());
			case PACE -> words(p.paces());
			case COUNTRY -> "in " + Phrases.country(p.country()) + " or online";
			case CREDENTIAL -> p.credentials().stream().map(c -> switch (c) {
				case PHD -> "PhD";
				case MASTERS -> "master's";
				case GRADUATE_CERTIFICATE -> "graduate certificate";
				case PROFESSIONAL_CERTIFICATE -> "professional certificate";
				case SHORT_COURSE -> "short course";
				case EXECUTIVE_EDUCATION -> "executive program";
			}).collect(Collectors.joining(" or "));
			case PRIOR_DEGREE -> "open to learners with " + Phrases.degree(p.priorDegree());
		}).collect(Collectors.joining(", "));
	}

	private static String codes(List<? extends CodedValue> values) {
		return values.stream().map(CodedValue::code).collect(Collectors.joining(","));
	}

	private static String words(List<? extends CodedValue> values) {
		return values.stream().map(v -> v.code().replace('_', ' ')).collect(Collectors.joining(" or "));
	}

	private static String delimited(List<? extends CodedValue> values) {
		return values.isEmpty() ? "" : ";" + values.stream().map(CodedValue::code).collect(Collectors.joining(";")) + ";";
	}

	private record RelaxationRow(String constraint, String suggestion, int additionalMatches) {
	}

}
