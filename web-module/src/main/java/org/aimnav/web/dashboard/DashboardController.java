package org.aimnav.web.dashboard;

import java.util.List;

import org.aimnav.catalog.program.CodedValue;
import org.aimnav.catalog.program.Credential;
import org.aimnav.catalog.stats.CatalogStatisticsService;
import org.aimnav.catalog.stats.CatalogSummary;
import org.aimnav.catalog.version.CatalogVersion;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.catalog.version.VersionNotFoundException;
import org.aimnav.catalog.version.VersionStatus;
import org.aimnav.ingest.ImportStatistics;
import org.aimnav.recommender.demand.DemandAnalytics;
import org.aimnav.recommender.demand.DemandWindow;
import org.aimnav.web.catalog.Labels;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The public dashboard. Tables are rendered here from the same summary the API serves (they work
 * without JavaScript and for screen readers); the charts are drawn in the browser from the API's
 * JSON, never recomputed there.
 */
@Controller
class DashboardController {

	/** Length of the demand tables. */
	static final int TOP = 10;

	private final CatalogStatisticsService statistics;

	private final CatalogVersions versions;

	private final Labels labels;

	private final JsonMapper json;

	private final DemandAnalytics demand;

	private final ImportStatistics imports;

	DashboardController(CatalogStatisticsService statistics, CatalogVersions versions, Labels labels, JsonMapper json,
			DemandAnalytics demand, ImportStatistics imports) {
		this.statistics = statistics;
		this.versions = versions;
		this.labels = labels;
		this.json = json;
		this.demand = demand;
		this.imports = imports;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) Integer version, Model model) {
		CatalogSummary summary;
		try {
			summary = version == null ? statistics.current() : statistics.summary(version);
		}
		catch (VersionNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		List<CatalogVersion> published = versions.list()
			.stream()
			.filter(v -> v.status() == VersionStatus.PUBLISHED)
			.toList();
		model.addAttribute("summary", summary);
		model.addAttribute("versions", published);
		model.addAttribute("labels", labels);
		model.addAttribute("credentialCodes", CodedValue.codes(Credential.class));
		model.addAttribute("labelsJson", json.writeValueAsString(labels.all()));
		model.addAttribute("demand", demand.summary(DemandWindow.all(), TOP, summary.catalogVersion()));
		model.addAttribute("imports", imports.summary(null));
		return "dashboard/dashboard";
	}

}
