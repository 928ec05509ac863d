package org.aimnav.web.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.aimnav.catalog.program.CodedValue;
import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramPage;
import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.program.ProgramSearch;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.web.system.ApiFieldError;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/** The catalog pages: search with facets, one program, and programs side by side. */
@Controller
class ProgramPageController {

	static final int MAX_COMPARED = 4;

	private static final int PAGE_SIZE = 20;

	private static final String IGNORED = "; it was ignored";

	private final ProgramSearch search;

	private final ProgramRepository programs;

	private final CatalogVersions versions;

	private final Taxonomy taxonomy;

	private final Labels labels;

	private final ProgramViews views;

	private final ProgramFilterReader reader;

	ProgramPageController(ProgramSearch search, ProgramRepository programs, CatalogVersions versions,
			Taxonomy taxonomy, Labels labels, ProgramViews views, ProgramFilterReader reader) {
		this.search = search;
		this.programs = programs;
		this.versions = versions;
		this.taxonomy = taxonomy;
		this.labels = labels;
		this.views = views;
		this.reader = reader;
	}

	@GetMapping("/programs")
	String list(ProgramFilterParams filter, BindingResult binding, HttpServletRequest request, Model model) {
		List<ApiFieldError> ignored = new ArrayList<>();
		ProgramFilterParams safe = reader.read(filter, binding, request, ignored);
		List<String> problems = ignored.stream().map(error -> error.message() + IGNORED).toList();
		ProgramPage page = search.search(versions.requireCurrentVersion(), safe.toQuery(taxonomy, PAGE_SIZE));
		model.addAttribute("filter", safe);
		model.addAttribute("page", page);
		model.addAttribute("items", views.of(page.items()));
		model.addAttribute("facets", facets(page, safe));
		model.addAttribute("problems", problems);
		// Past the last page, "previous" leads back to the last one, not to another empty page.
		boolean past = page.page() >= page.totalPages();
		model.addAttribute("previousUrl", past ? (page.totalPages() > 0 ? pageUrl(page.totalPages() - 1) : null)
				: page.page() > 0 ? pageUrl(page.page() - 1) : null);
		model.addAttribute("nextUrl", page.page() + 1 < page.totalPages() ? pageUrl(page.page() + 1) : null);
		model.addAttribute("firstUrl", pageUrl(0));
		model.addAttribute("exportQuery", exportQuery(safe));
		return "catalog/programs";
	}

	@GetMapping("/programs/{programId}")
	String one(@PathVariable String programId, Model model) {
		int version = versions.requireCurrentVersion();
		Program program = programs.find(version, programId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("v", views.of(program));
		return "catalog/program";
	}

	@GetMapping("/compare")
	String compare(@RequestParam(name = "ids", required = false) List<String> ids, Model model) {
		List<String> requested = ids == null ? List.of()
				: ids.stream().flatMap(id -> List.of(id.split(",")).stream()).map(String::strip)
					.filter(id -> !id.isEmpty()).distinct().toList();
		List<String> shown = requested.stream().limit(MAX_COMPARED).toList();
		List<Program> found = shown.isEmpty() ? List.of()
				: programs.findAll(versions.requireCurrentVersion(), shown);
		Set<String> foundIds = found.stream().map(Program::programId).collect(Collectors.toSet());
		model.addAttribute("programs", views.of(found));
		model.addAttribute("requestedCount", requested.size());
		model.addAttribute("maxCompared", MAX_COMPARED);
		model.addAttribute("missing", shown.stream().filter(id -> !foundIds.contains(id)).toList());
		model.addAttribute("removeUrls", found.stream()
			.collect(Collectors.toMap(Program::programId, p -> "/compare?ids=" + String.join(",",
					found.stream().map(Program::programId).filter(id -> !id.equals(p.programId())).toList()))));
		return "catalog/compare";
	}

	private List<FacetView> facets(ProgramPage page, ProgramFilterParams filter) {
		Map<String, Set<String>> selected = new LinkedHashMap<>();
		selected.put("credential", codes(filter.credential()));
		selected.put("deliveryFormat", codes(filter.deliveryFormat()));
		selected.put("pace", codes(filter.pace()));
		selected.put("country", filter.country().stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toSet()));
		selected.put("audience", codes(filter.audience()));
		selected.put("topic", filter.topic().stream().map(t -> taxonomy.find(t).map(x -> x.code()).orElse(t))
			.collect(Collectors.toSet()));
		List<FacetView> views = new ArrayList<>();
		page.facets().forEach((facet, counts) -> {
			List<FacetView.Option> options = new ArrayList<>();
			counts.forEach((value, count) -> {
				boolean isSelected = selected.get(facet).contains(value);
				if (count > 0 || isSelected) {
					options.add(new FacetView.Option(value, labels.of(facet, value), count, isSelected));
				}
			});
			views.add(new FacetView(facet, "facet." + facet, options));
		});
		return views;
	}

	private static Set<String> codes(List<? extends CodedValue> values) {
		return values.stream().map(CodedValue::code).collect(Collectors.toSet());
	}

	/**
	 * This page's link with another page number, relative: made absolute, it would carry whatever
	 * host the request's Host header named, and a shared cache would hand that link to others.
	 */
	private static String pageUrl(int page) {
		UriComponents url = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build();
		return url.getPath() + (url.getQuery() == null ? "" : "?" + url.getQuery());
	}

	/**
	 * The search the page shows, as parameters of its download links ({@code &q=...&credential=phd}):
	 * a value the page ignored (and said so) is left out, or the download would answer 400.
	 */
	private static String exportQuery(ProgramFilterParams f) {
		StringBuilder query = new StringBuilder();
		BiConsumer<String, String> add = (name, value) -> query.append('&')
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		if (f.q() != null && !f.q().isBlank()) {
			add.accept("q", f.q());
		}
		f.credential().forEach(v -> add.accept("credential", v.code()));
		f.deliveryFormat().forEach(v -> add.accept("deliveryFormat", v.code()));
		f.pace().forEach(v -> add.accept("pace", v.code()));
		f.country().forEach(v -> add.accept("country", v.strip()));
		f.audience().forEach(v -> add.accept("audience", v.code()));
		f.topic().forEach(v -> add.accept("topic", v));
		if (f.maxTuitionUsd() != null) {
			add.accept("maxTuitionUsd", f.maxTuitionUsd().toPlainString());
		}
		if (f.maxDurationMonths() != null) {
			add.accept("maxDurationMonths", f.maxDurationMonths().toPlainString());
		}
		if (f.sort() != null) {
			add.accept("sort", f.sort().code());
		}
		return query.toString();
	}

}
