package org.aimnav.web.versions;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.aimnav.catalog.version.CatalogVersion;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.catalog.version.VersionDiff;
import org.aimnav.catalog.version.VersionNotActivatableException;
import org.aimnav.catalog.version.VersionNotFoundException;
import org.aimnav.catalog.version.VersionStatus;
import org.aimnav.ingest.ImportRun;
import org.aimnav.ingest.ImportStatus;
import org.aimnav.ingest.Imports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Curators' page of catalog versions: the list, a diff of any two, and rollback. */
@Controller
@RequestMapping("/admin/versions")
class VersionPageController {

	/** Changed programs listed on the page; the API serves the whole diff. */
	static final int MAX_LISTED = 200;

	private final CatalogVersions versions;

	private final Imports imports;

	VersionPageController(CatalogVersions versions, Imports imports) {
		this.versions = versions;
		this.imports = imports;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			Model model) {
		List<CatalogVersion> all = versions.list();
		List<CatalogVersion> published = all.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).toList();
		model.addAttribute("versions", all);
		model.addAttribute("interrupted", interrupted(all));
		model.addAttribute("current", all.stream().filter(CatalogVersion::current).findFirst().orElse(null));
		model.addAttribute("published", published);
		Integer diffTo = to != null ? to : published.isEmpty() ? null : published.get(0).version();
		Integer diffFrom = from != null ? from : published.size() < 2 ? null : published.get(1).version();
		model.addAttribute("from", diffFrom);
		model.addAttribute("to", diffTo);
		if (from != null && to != null) {
			try {
				VersionDiff diff = versions.diff(from, to);
				model.addAttribute("diff", diff);
				model.addAttribute("maxListed", MAX_LISTED);
			}
			catch (VersionNotFoundException ex) {
				model.addAttribute("error", ex.getMessage());
			}
		}
		return "versions/versions";
	}

	/**
	 * The staging versions that nothing is importing: their import failed (its instance stopped or
	 * died under it) and waits for a restart, which its import page offers. The version's own status
	 * cannot tell, as it stays STAGING until its import publishes or discards it; an import that
	 * ends any other way does that as it ends, so the other staging versions are being imported.
	 */
	private Set<Integer> interrupted(List<CatalogVersion> all) {
		return all.stream()
			.filter(v -> v.status() == VersionStatus.STAGING && v.importId() != null)
			.filter(v -> imports.find(v.importId()).map(ImportRun::status).orElse(null) == ImportStatus.FAILED)
			.map(CatalogVersion::version)
			.collect(Collectors.toSet());
	}

	@PostMapping("/{version}/activate")
	String activate(@PathVariable int version, RedirectAttributes redirect) {
		try {
			versions.activate(version);
			redirect.addFlashAttribute("activated", version);
		}
		catch (VersionNotFoundException | VersionNotActivatableException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/versions";
	}

}
