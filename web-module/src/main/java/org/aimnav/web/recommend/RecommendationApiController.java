package org.aimnav.web.recommend;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.recommender.Recommendations;
import org.aimnav.recommender.demand.DemandAnalytics;
import org.aimnav.recommender.demand.DemandSummary;
import org.aimnav.recommender.demand.DemandWindow;
import org.aimnav.recommender.profile.Persona;
import org.aimnav.recommender.profile.Personas;
import org.aimnav.recommender.profile.ProfileRequest;
import org.aimnav.recommender.result.RecommendationResult;
import org.aimnav.recommender.result.WhyNotResult;
import org.aimnav.web.dashboard.AnalyticsCsv;
import org.aimnav.web.system.ApiException;
import org.aimnav.web.system.ApiFieldError;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recommendations for a learner profile, why a program is or is not among them, and demand. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Recommendations")
class RecommendationApiController {

	private final Recommendations recommendations;

	private final Personas personas;

	private final DemandAnalytics demand;

	private final CatalogVersions versions;

	RecommendationApiController(Recommendations recommendations, Personas personas, DemandAnalytics demand,
			CatalogVersions versions) {
		this.recommendations = recommendations;
		this.personas = personas;
		this.demand = demand;
		this.versions = versions;
	}

	@PostMapping("/recommendations")
	@Operation(summary = "Recommend programs for a learner profile",
			description = "Filters on the must-haves, scores the rest on weighted factors, keeps the top diverse and "
					+ "explains every result; relaxations say which must-have to loosen when too few programs fit. The "
					+ "same profile on the same catalog version always gets the same answer.")
	RecommendationResult recommend(@RequestBody(required = false) ProfileRequest profile) {
		return recommendations.recommend(require(profile, "the learner profile"));
	}

	@PostMapping("/recommendations/why-not")
	@Operation(summary = "Why a program is or is not recommended for a profile",
			description = "Body: {profile, programId}. Which must-haves exclude it (a value the catalog does not state "
					+ "never satisfies one) and how each factor scored it.")
	WhyNotResult whyNot(@RequestBody(required = false) WhyNotRequest request) {
		WhyNotRequest body = require(request, "{profile, programId}");
		if (body.programId() == null || body.programId().isBlank()) {
			throw ApiException.invalid(List.of(new ApiFieldError("programId", "REQUIRED", "programId: name a program")));
		}
		if (body.profile() == null) {
			throw ApiException.invalid(List.of(new ApiFieldError("profile", "REQUIRED",
					"profile: the learner profile to check the program against (an object, {} for none)")));
		}
		return recommendations.whyNot(body.profile(), body.programId().strip());
	}

	@GetMapping("/recommendations/why-not")
	@Operation(summary = "Why a program is or is not recommended, with the profile as query parameters")
	WhyNotResult whyNotByQuery(@RequestParam String programId, @ParameterObject ProfileRequest profile) {
		return recommendations.whyNot(profile, programId.strip());
	}

	@GetMapping("/recommendations/personas")
	@Operation(summary = "Ready-made profiles of the four personas: clinician, researcher, executive, engineer")
	List<Persona> personas() {
		return personas.all();
	}

	@GetMapping("/stats/recommendations")
	@Operation(summary = "Demand analytics over the logged recommendation requests",
			description = "Requests over time, top roles, goals and interests, the most recommended programs, the "
					+ "programs of the current catalog never recommended, and the must-haves that most often left "
					+ "learners with fewer results than they asked for (unmet demand).")
	DemandSummary demand(
			@Parameter(description = "only requests from this instant (ISO-8601)") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@Parameter(description = "only requests before this instant (ISO-8601)") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@Parameter(description = "length of the top lists") @RequestParam(defaultValue = "10") @Min(1) @Max(100) int top) {
		return demand.summary(new DemandWindow(from, to), top, versions.requireCurrentVersion());
	}

	@GetMapping(value = "/stats/recommendations.csv")
	@Operation(summary = "The demand analytics in long form: list, value, label, metric, number (formula-safe CSV)")
	ResponseEntity<String> demandCsv(
			@Parameter(description = "only requests from this instant (ISO-8601)") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@Parameter(description = "only requests before this instant (ISO-8601)") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@Parameter(description = "length of the top lists") @RequestParam(defaultValue = "10") @Min(1) @Max(100) int top) {
		return AnalyticsCsv.of(demand(from, to, top));
	}

	private static <T> T require(T body, String what) {
		if (body == null) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "Malformed request body",
					"The request body must be a JSON object: " + what + ".");
		}
		return body;
	}

	/** The body of a why-not question. */
	record WhyNotRequest(ProfileRequest profile, String programId) {
	}

}
