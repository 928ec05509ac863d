package org.aimnav.web.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.CodedValue;
import org.aimnav.catalog.program.CountryCodes;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.web.system.ApiFieldError;
import org.aimnav.web.system.FieldProblems;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Reads the catalog's query parameters as far as they can be read and names every value that
 * cannot, for the API (which refuses the request with all of them) and the {@code /programs} page
 * (which leaves them out and says so). The binder alone stops short: one unknown credential fails
 * the whole list, and a value that cannot be converted at all keeps the others' ranges, topics and
 * country codes from being checked.
 */
@Component
class ProgramFilterReader {

	/** The list parameters of coded values, read value by value when one of them is unknown. */
	private static final Set<String> ENUM_LISTS = Set.of("credential", "deliveryFormat", "pace", "audience");

	private final Validator validator;

	private final Taxonomy taxonomy;

	ProgramFilterReader(Validator validator, Taxonomy taxonomy) {
		this.validator = validator;
		this.taxonomy = taxonomy;
	}

	/**
	 * @param filter the parameters as the binder built them (a value it could not convert is null)
	 * @param problems every value that could not be used, in the order of the checks
	 * @return the filter without those values
	 */
	ProgramFilterParams read(ProgramFilterParams filter, BindingResult binding, HttpServletRequest request,
			List<ApiFieldError> problems) {
		Set<String> unreadable = new LinkedHashSet<>();
		for (FieldError error : binding.getFieldErrors()) {
			String field = error.getField().replaceAll("\\[.*", "");
			if (error.isBindingFailure() && unreadable.add(field) && !ENUM_LISTS.contains(field)) {
				problems.add(FieldProblems.of(field, error));
			}
		}
		ProgramFilterParams f = filter;
		ProgramFilterParams read = new ProgramFilterParams(f.q(),
				unreadable.contains("credential") ? known(Credential.class, "credential", request, problems) : f.credential(),
				unreadable.contains("deliveryFormat") ? known(DeliveryFormat.class, "deliveryFormat", request, problems)
						: f.deliveryFormat(),
				unreadable.contains("pace") ? known(Pace.class, "pace", request, problems) : f.pace(), f.country(),
				unreadable.contains("audience") ? known(Audience.class, "audience", request, problems) : f.audience(),
				f.topic(), f.maxTuitionUsd(), f.maxDurationMonths(), f.sort(), f.page(), f.size());
		Set<String> outOfRange = new LinkedHashSet<>();
		for (ConstraintViolation<ProgramFilterParams> violation : validator.validate(read)) {
			if (outOfRange.add(violation.getPropertyPath().toString())) {
				problems.add(FieldProblems.of(violation));
			}
		}
		List<ApiFieldError> unknownValues = read.problems(taxonomy);
		problems.addAll(unknownValues);
		if (outOfRange.isEmpty() && unknownValues.isEmpty()) {
			return read;
		}
		return new ProgramFilterParams(read.q(), read.credential(), read.deliveryFormat(), read.pace(),
				read.country().stream().filter(CountryCodes::isCode).toList(), read.audience(),
				read.topic().stream().filter(taxonomy::contains).toList(),
				outOfRange.contains("maxTuitionUsd") ? null : read.maxTuitionUsd(),
				outOfRange.contains("maxDurationMonths") ? null : read.maxDurationMonths(), read.sort(),
				outOfRange.contains("page") ? null : read.page(), outOfRange.contains("size") ? null : read.size());
	}

	/** The values of a list parameter that name one of {@code type}'s values; each other one is a problem. */
	private static <E extends Enum<E> & CodedValue> List<E> known(Class<E> type, String parameter,
			HttpServletRequest request, List<ApiFieldError> problems) {
		List<E> known = new ArrayList<>();
		String[] written = request.getParameterValues(parameter);
		for (String value : written == null ? new String[0] : written) {
			for (String one : value.split(",")) {
				if (one.isBlank()) {
					continue;
				}
				CodedValue.parse(type, one).ifPresentOrElse(known::add,
						() -> problems.add(new ApiFieldError(parameter, "ENUM", parameter + ": '" + one.strip()
								+ "' is not one of " + String.join(", ", CodedValue.codes(type)))));
			}
		}
		return known;
	}

}
