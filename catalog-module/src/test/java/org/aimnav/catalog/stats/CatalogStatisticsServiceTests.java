package org.aimnav.catalog.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.support.TestPrograms;
import org.aimnav.catalog.taxonomy.Taxonomy;
import org.aimnav.catalog.version.CatalogPreparation;
import org.aimnav.catalog.version.CatalogVersion;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.catalog.version.CurrentCatalogChanged;
import org.aimnav.catalog.version.VersionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Precomputing a new current version's statistics in the background, and what happens when it cannot. */
@ExtendWith(OutputCaptureExtension.class)
class CatalogStatisticsServiceTests {

	private final CatalogVersions versions = mock(CatalogVersions.class);

	private final ProgramRepository programs = mock(ProgramRepository.class);

	private final CatalogStatisticsService service = new CatalogStatisticsService(versions, programs,
			Taxonomy.load(CatalogStatisticsServiceTests.class.getResourceAsStream("/taxonomy/topics.json")),
			Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC), new CatalogPreparation());

	@Test
	void statisticsThatRunOutOfMemorySayWhatToDoAndAreComputedWhenAskedFor(CapturedOutput output)
			throws InterruptedException {
		when(versions.find(anyInt())).thenReturn(Optional.of(new CatalogVersion(3, VersionStatus.PUBLISHED,
				Instant.parse("2026-11-28T10:00:00Z"), Instant.parse("2026-11-28T10:01:00Z"), 1, "x", "import-3", true,
				Instant.parse("2026-11-28T10:01:00Z"))));
		doThrow(new OutOfMemoryError("Java heap space")).when(programs).forEach(anyInt(), any());

		service.onCurrentCatalogChanged(new CurrentCatalogChanged(3));
		for (int i = 0; i < 500 && !output.getOut().contains("Not enough memory"); i++) {
			Thread.sleep(10);
		}

		assertThat(output).contains("Not enough memory to compute the statistics of catalog version 3; they will be "
				+ "computed when asked for. The heap may grow to ")
			.doesNotContain("java.lang.OutOfMemoryError");
		List<Program> curated = TestPrograms.curated();
		doAnswer(call -> {
			Consumer<Program> consumer = call.getArgument(1);
			curated.forEach(consumer);
			return null;
		}).when(programs).forEach(anyInt(), any());
		assertThat(service.summary(3).programCount()).isEqualTo((long) curated.size());
	}

}
