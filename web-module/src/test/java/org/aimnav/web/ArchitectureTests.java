package org.aimnav.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The modules' dependencies point one way: web -> ingest and recommender -> catalog. Nothing
 * depends on web, ingest and recommender do not know each other, and catalog knows none of them.
 */
class ArchitectureTests {

	private static final JavaClasses PRODUCT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.aimnav");

	@Test
	void theCatalogDependsOnNoOtherModule() {
		noClasses().that()
			.resideInAPackage("org.aimnav.catalog..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.aimnav.ingest..", "org.aimnav.recommender..", "org.aimnav.web..")
			.check(PRODUCT);
	}

	@Test
	void ingestDependsOnlyOnTheCatalog() {
		noClasses().that()
			.resideInAPackage("org.aimnav.ingest..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.aimnav.recommender..", "org.aimnav.web..")
			.check(PRODUCT);
	}

	@Test
	void theRecommenderDependsOnlyOnTheCatalogAndNothingWeb() {
		noClasses().that()
			.resideInAPackage("org.aimnav.recommender..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.aimnav.ingest..", "org.aimnav.web..", "org.springframework.web..",
					"jakarta.servlet..")
			.check(PRODUCT);
	}

	@Test
	void nothingDependsOnTheWebModule() {
		noClasses().that()
			.resideOutsideOfPackage("org.aimnav.web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.aimnav.web..")
			.check(PRODUCT);
	}

	@Test
	void everyModuleHasClassesToCheck() {
		// Guards the rules above against passing vacuously because a package was renamed.
		for (String module : new String[] { "catalog", "ingest", "recommender", "web" }) {
			org.assertj.core.api.Assertions.assertThat(PRODUCT.stream()
				.anyMatch(c -> c.getPackageName().startsWith("org.aimnav." + module)))
				.as("classes in org.aimnav." + module)
				.isTrue();
		}
	}

}
