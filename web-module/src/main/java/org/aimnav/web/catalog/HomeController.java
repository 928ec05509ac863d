package org.aimnav.web.catalog;

import java.util.OptionalInt;

import org.aimnav.catalog.program.ProgramRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.aimnav.catalog.version.CatalogVersions;

/** The home page: what AIM Navigator is, headline numbers, and the journeys as entry points. */
@Controller
class HomeController {

	private final CatalogVersions versions;

	private final ProgramRepository programs;

	HomeController(CatalogVersions versions, ProgramRepository programs) {
		this.versions = versions;
		this.programs = programs;
	}

	@GetMapping("/")
	String home(Model model) {
		OptionalInt current = versions.currentVersion();
		if (current.isPresent()) {
			int version = current.getAsInt();
			model.addAttribute("programCount", programs.count(version));
			model.addAttribute("institutionCount", programs.countInstitutions(version));
			model.addAttribute("countryCount", programs.countCountries(version));
		}
		return "home";
	}

}
