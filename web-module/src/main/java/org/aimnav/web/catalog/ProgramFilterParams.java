package org.aimnav.web.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.CountryCodes;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.ProgramQuery;
import org.aimnav.catalog.program.ProgramSort;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.taxonomy.Topic;
import org.aimnav.catalog.text.Blanks;
import org.aimnav.web.system.ApiFieldError;
import org.aimnav.web.system.FieldProblems;

/**
 * The catalog's query parameters, shared by the API, the export and the {@code /programs} page:
 * {@code q}, {@code credential}, {@code deliveryFormat}, {@code pace}, {@code country},
 * {@code audience}, {@code topic} (each repeatable), {@code maxTuitionUsd},
 * {@code maxDurationMonths}, {@code sort}, {@code page} (0-based), {@code size} (1 to 200).
 */
public record ProgramFilterParams(
		String q,
		List<Credential> credential,
		List<DeliveryFormat> deliveryFormat,
		List<Pace> pace,
		List<String> country,
		List<Audience> audience,
		List<String> topic,
		@DecimalMin("0") @DecimalMax("1000000") BigDecimal maxTuitionUsd,
		@DecimalMin(value = "0", inclusive = false) @DecimalMax("120") BigDecimal maxDurationMonths,
		ProgramSort sort,
		@Min(0) @Max(100000) Integer page,
		@Min(1) @Max(ProgramQuery.MAX_SIZE) Integer size) {

	public ProgramFilterParams {
		credential = orEmpty(credential);
		deliveryFormat = orEmpty(deliveryFormat);
		pace = orEmpty(pace);
		// A code as the catalog stores it (upper case, trimmed as the import trims); anything else as
		// written, for its error.
		country = orEmpty(country).stream()
			.filter(c -> !Blanks.isBlank(c))
			.map(c -> Objects.requireNonNullElse(CountryCodes.code(c), c))
			.toList();
		audience = orEmpty(audience);
		topic = orEmpty(topic).stream().filter(t -> !t.isBlank()).toList();
	}

	/** Values that bean validation cannot check: topics of the taxonomy, country codes. */
	List<ApiFieldError> problems(Taxonomy taxonomy) {
		List<ApiFieldError> errors = new ArrayList<>();
		for (String value : topic) {
			if (!taxonomy.contains(value)) {
				errors.add(new ApiFieldError("topic", "ENUM", "topic: " + FieldProblems.quoted(value) + " is not one of "
						+ String.join(", ", taxonomy.codes())));
			}
		}
		for (String value : country) {
			if (CountryCodes.code(value) == null) {
				// ENUM, as the import and the profile call it: the codes are a closed list.
				errors.add(new ApiFieldError("country", "ENUM",
						"country: " + FieldProblems.quoted(value) + " is not an ISO 3166-1 alpha-2 code such as US or GB"
								+ CountryCodes.hint(value)));
			}
		}
		return errors;
	}

	ProgramQuery toQuery(Taxonomy taxonomy, int defaultSize) {
		return new ProgramQuery(q, new HashSet<>(credential), new HashSet<>(deliveryFormat), new HashSet<>(pace),
				new HashSet<>(country),
				new HashSet<>(audience),
				new HashSet<>(topic.stream().map(t -> taxonomy.find(t).map(Topic::code).orElse(t)).toList()),
				maxTuitionUsd, maxDurationMonths, sort == null ? ProgramSort.RELEVANCE : sort,
				page == null ? 0 : page, size == null ? defaultSize : size);
	}

	boolean hasFilters() {
		return !credential.isEmpty() || !deliveryFormat.isEmpty() || !pace.isEmpty() || !country.isEmpty()
				|| !audience.isEmpty() || !topic.isEmpty() || maxTuitionUsd != null || maxDurationMonths != null;
	}

	private static <T> List<T> orEmpty(List<T> values) {
		return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
	}

}
