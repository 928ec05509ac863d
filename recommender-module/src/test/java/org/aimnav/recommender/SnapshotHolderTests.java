package org.aimnav.recommender;

import java.util.OptionalInt;

import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.version.CatalogPreparation;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.catalog.version.NoCurrentCatalogException;
import org.aimnav.recommender.support.Catalogs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The snapshot holder before any catalog exists (the swaps are in {@link RecommenderStoreContract}). */
class SnapshotHolderTests {

	@Test
	void withoutAPublishedCatalogARequestGetsAClearError() {
		CatalogVersions versions = mock(CatalogVersions.class);
		when(versions.currentVersion()).thenReturn(OptionalInt.empty());
		SnapshotHolder holder = new SnapshotHolder(mock(ProgramRepository.class), versions, new CatalogPreparation(),
				Catalogs.taxonomy());

		holder.start();

		assertThatThrownBy(holder::current).isInstanceOf(NoCurrentCatalogException.class)
			.hasMessage("No catalog has been published yet");
		assertThat(holder.version()).isEmpty();
		holder.stop();
	}

}
