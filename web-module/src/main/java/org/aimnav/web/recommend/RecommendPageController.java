package org.aimnav.web.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.aimnav.catalog.program.Audience;
import org.aimnav.catalog.program.CodedValue;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.program.DeliveryFormat;
import org.aimnav.catalog.program.Pace;
import org.aimnav.catalog.program.PriorDegree;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.recommender.Recommendations;
import org.aimnav.recommender.engine.Factor;
import org.aimnav.recommender.profile.FieldError;
import org.aimnav.recommender.profile.Goal;
import org.aimnav.recommender.profile.InvalidProfileException;
import org.aimnav.recommender.profile.MustHave;
import org.aimnav.recommender.profile.Persona;
import org.aimnav.recommender.profile.Personas;
import org.aimnav.recommender.profile.ProfileRequest;
import org.aimnav.recommender.result.ProgramNotFoundException;
import org.aimnav.recommender.result.RecommendationResult;
import org.aimnav.recommender.result.Relaxation;
import org.aimnav.web.catalog.Labels;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The recommendation page: a form a person fills in within a minute (or a persona's preset), the
 * results as explained cards, relaxations as links that rerun with one constraint loosened, and a
 * "why not this program?" lookup. The whole state is in the query string: every view is a link.
 */
@Controller
class RecommendPageController {

	static final int WHY_NOT_LIST_LIMIT = 500;

	private final Recommendations recommendations;

	private final Personas personas;

	private final Taxonomy taxonomy;

	private final Labels labels;

	private final CatalogVersions versions;

	private final ProgramRepository programs;

	RecommendPageController(Recommendations recommendations, Personas personas, Taxonomy taxonomy, Labels labels,
			CatalogVersions versions, ProgramRepository programs) {
		this.recommendations = recommendations;
		this.personas = personas;
		this.taxonomy = taxonomy;
		this.labels = labels;
		this.versions = versions;
		this.programs = programs;
	}

	/**
	 * The form as entered, less the values that are not of their field's type: when one of them
	 * (a budget of "abc") stops the form being built at all, the page still shows the rest, and
	 * says what was wrong, rather than failing.
	 */
	private static ProfileRequest withoutUnreadableValues(HttpServletRequest request, BindingResult binding) {
		Set<String> unreadable = binding.getFieldErrors()
			.stream()
			.map(org.springframework.validation.FieldError::getField)
			.collect(Collectors.toSet());
		WebDataBinder binder = new WebDataBinder(null, "form");
		binder.setTargetType(ResolvableType.forClass(ProfileRequest.class));
		binder.construct(new DataBinder.ValueResolver() {
			@Override
			public Object resolveValue(String name, Class<?> type) {
				String[] values = request.getParameterValues(name);
				return unreadable.contains(name) || values == null ? null : values.length == 1 ? values[0] : values;
			}

			@Override
			public Set<String> getNames() {
				return request.getParameterMap().keySet();
			}
		});
		Object rebuilt = binder.getTarget();
		return rebuilt instanceof ProfileRequest readable ? readable
				: new ProfileRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	@GetMapping("/recommend")
	String page(@ModelAttribute("form") ProfileRequest form, BindingResult binding,
			@RequestParam(required = false) String preset, @RequestParam(defaultValue = "false") boolean run,
			@RequestParam(required = false) String whyNot, HttpServletRequest request, Model model) {
		ProfileRequest profile = form != null ? form : withoutUnreadableValues(request, binding);
		model.addAttribute("form", profile);
		Optional<Persona> persona = Optional.ofNullable(preset).flatMap(personas::find);
		if (persona.isPresent()) {
			profile = ProfileRequest.of(persona.get().profile());
			model.addAttribute("form", profile);
			model.addAttribute("persona", persona.get());
			run = true;
		}
		List<String> problems = new ArrayList<>();
		binding.getFieldErrors()
			.forEach(error -> problems.add(error.getField() + ": '" + error.getRejectedValue()
					+ "' is not a value this field takes"));
		if (run && problems.isEmpty()) {
			try {
				// A preset is a persona's profile, a "why not?" shows a list already asked for again,
				// and a HEAD request is a link checker's or a preview's: none is a learner's request.
				boolean asked = persona.isEmpty() && (whyNot == null || whyNot.isBlank())
						&& "GET".equals(request.getMethod());
				RecommendationResult result = asked ? recommendations.recommend(profile)
						: recommendations.recommendUnlogged(profile);
				model.addAttribute("result", result);
				model.addAttribute("nothingScored", nothingScored(result));
				model.addAttribute("relaxationLinks", result.relaxations()
					.stream()
					.collect(Collectors.toMap(Relaxation::constraint, r -> ProfileLinks.page(r.profile()),
							(a, b) -> a)));
				model.addAttribute("compareLink", "/compare?ids=" + result.results()
					.stream()
					.limit(4)
					.map(r -> r.programId())
					.collect(Collectors.joining(",")));
				if (whyNot != null && !whyNot.isBlank()) {
					model.addAttribute("whyNotResult", recommendations.whyNot(profile, whyNot.strip()));
				}
			}
			catch (InvalidProfileException ex) {
				ex.errors().stream().map(FieldError::message).forEach(problems::add);
			}
			catch (ProgramNotFoundException ex) {
				problems.add(ex.getMessage());
			}
		}
		model.addAttribute("problems", problems);
		model.addAttribute("personas", personas.all());
		model.addAttribute("presetLinks",
				personas.all().stream().collect(Collectors.toMap(Persona::key, p -> "/recommend?preset=" + p.key())));
		model.addAttribute("taxonomyGroups", taxonomy.groups());
		model.addAttribute("roles", options("role", Audience.class));
		model.addAttribute("goals", goalOptions());
		model.addAttribute("formats", options("deliveryFormat", DeliveryFormat.class));
		model.addAttribute("paces", options("pace", Pace.class));
		model.addAttribute("credentials", options("credential", Credential.class));
		model.addAttribute("degrees", options("priorDegree", PriorDegree.class));
		model.addAttribute("mustHaves", List.of(MustHave.values()).stream().map(MustHave::code).toList());
		model.addAttribute("catalogPrograms", catalogPrograms());
		model.addAttribute("labels", labels);
		model.addAttribute("selfLink", ProfileLinks.page(profile));
		return "recommend/recommend";
	}

	private <E extends Enum<E> & CodedValue> List<Option> options(String kind, Class<E> type) {
		return CodedValue.codes(type).stream().map(code -> new Option(code, labels.of(kind, code))).toList();
	}

	private List<Option> goalOptions() {
		return List.of(Goal.values()).stream().map(goal -> new Option(goal.code(), labels.of("goal", goal.code())))
			.toList();
	}

	/**
	 * The programs of the current catalog by name, for the "why not?" lookup; none for a catalog too
	 * large for one list, where the page asks for the program's id instead.
	 */
	private List<Option> catalogPrograms() {
		return versions.currentVersion().stream().boxed().filter(v -> programs.count(v) <= WHY_NOT_LIST_LIMIT)
			.flatMap(version -> {
				List<Program> all = new ArrayList<>();
				programs.forEach(version, all::add);
				return all.stream();
			})
			.sorted(Comparator.comparing(Program::programName, String.CASE_INSENSITIVE_ORDER))
			.map(p -> new Option(p.programId(), p.programName() + " (" + p.institution() + ")"))
			.toList();
	}

	/** A value of a select or checkbox group and its label. */
	record Option(String value, String label) {
	}

	/**
	 * Whether the profile states nothing the results are scored on, so that only how recently each
	 * program was verified orders them: its "83 %" would read as a fit that nobody asked for.
	 */
	static boolean nothingScored(RecommendationResult result) {
		Set<String> fit = Arrays.stream(Factor.values())
			.filter(factor -> factor != Factor.FRESHNESS)
			.map(Factor::code)
			.collect(Collectors.toSet());
		return !result.results().isEmpty() && result.results()
			.stream()
			.flatMap(program -> program.reasons().stream())
			.noneMatch(reason -> !reason.mustHave() && fit.contains(reason.factor()));
	}

}
