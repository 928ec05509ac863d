package org.aimnav.recommender.support;

import java.time.LocalDate;
import java.util.List;

import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.support.TestPrograms;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.recommender.engine.CatalogSnapshot;

/** Snapshots for tests: the curated catalog as shipped, or any list of programs. */
public final class Catalogs {

	/** The day the curated catalog was last checked; freshness is measured against it. */
	public static final LocalDate CURATED_DATE = LocalDate.of(2026, 11, 28);

	private static Taxonomy taxonomy;

	private static CatalogSnapshot curated;

	private Catalogs() {
	}

	public static synchronized Taxonomy taxonomy() {
		if (taxonomy == null) {
			taxonomy = Taxonomy.load(Catalogs.class.getResourceAsStream("/taxonomy/topics.json"));
		}
		return taxonomy;
	}

	public static synchronized CatalogSnapshot curated() {
		if (curated == null) {
			curated = CatalogSnapshot.build(1, CURATED_DATE, TestPrograms.curated(), taxonomy());
		}
		return curated;
	}

	public static CatalogSnapshot of(List<Program> programs) {
		return CatalogSnapshot.build(1, CURATED_DATE, programs, taxonomy());
	}

}
