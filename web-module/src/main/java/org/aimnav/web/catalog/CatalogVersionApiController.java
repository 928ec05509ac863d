package org.aimnav.web.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aimnav.catalog.version.CatalogVersion;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.catalog.version.VersionDiff;
import org.aimnav.catalog.version.VersionNotFoundException;
import org.aimnav.web.system.ApiDocumentation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Catalog versions: the list, diffs between any two, and activation (rollback, admin only). */
@RestController
@RequestMapping("/api/v1/catalog/versions")
@Tag(name = "Catalog versions")
class CatalogVersionApiController {

	private final CatalogVersions versions;

	CatalogVersionApiController(CatalogVersions versions) {
		this.versions = versions;
	}

	@GetMapping
	@Operation(summary = "Catalog versions, newest first")
	List<CatalogVersion> list() {
		return versions.list();
	}

	@GetMapping("/{version}")
	@Operation(summary = "One catalog version")
	CatalogVersion one(@PathVariable int version) {
		return versions.find(version).orElseThrow(() -> new VersionNotFoundException(version));
	}

	@GetMapping("/{version}/diff")
	@Operation(summary = "What changed from version 'against' to this version",
			description = "added: ids in this version only; removed: ids in 'against' only; changed: programs in "
					+ "both with the fields whose values differ (before = against, after = this version).")
	VersionDiff diff(@PathVariable int version, @RequestParam int against) {
		return versions.diff(against, version);
	}

	@PostMapping("/{version}/activate")
	@Operation(summary = "Make this version current (rollback); admin only")
	@SecurityRequirement(name = ApiDocumentation.BASIC)
	CatalogVersion activate(@PathVariable int version) {
		return versions.activate(version);
	}

}
