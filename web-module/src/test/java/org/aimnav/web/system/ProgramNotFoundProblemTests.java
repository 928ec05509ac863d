package org.aimnav.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.aimnav.catalog.program.Program;
import org.aimnav.catalog.program.ProgramRepository;
import org.aimnav.catalog.version.CatalogVersions;
import org.aimnav.recommender.Recommendations;
import org.aimnav.recommender.result.ProgramNotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Why-not for a program the recommender's version lacks: after a publish the recommender answers
 * from the version before for a few seconds (the snapshot is a unit here; the swap's timing is not
 * something an HTTP test can pin down).
 */
class ProgramNotFoundProblemTests {

	private final CatalogVersions versions = mock(CatalogVersions.class);

	private final ProgramRepository programs = mock(ProgramRepository.class);

	private final Recommendations recommendations = mock(Recommendations.class);

	private final ApiExceptionHandler handler = new ApiExceptionHandler(versions, programs,
			new StaticListableBeanFactory(Map.of("recommendations", recommendations)).getBeanProvider(Recommendations.class));

	@Test
	void aProgramOfTheVersionBeingPreparedIsNotReadyYetNotMissing() {
		when(versions.currentVersion()).thenReturn(OptionalInt.of(3));
		when(programs.find(3, "new-program")).thenReturn(Optional.of(mock(Program.class)));

		ResponseEntity<ProblemDetail> response = handler.programNotFound(new ProgramNotFoundException("new-program", 2));

		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
		assertThat(response.getBody().getDetail()).contains("catalog version 3", "still preparing", "version 2");
	}

	@Test
	void aProgramOfAVersionTheRecommenderCouldNotPrepareSaysSoWithoutPromisingSeconds() {
		when(versions.currentVersion()).thenReturn(OptionalInt.of(3));
		when(programs.find(3, "new-program")).thenReturn(Optional.of(mock(Program.class)));
		when(recommendations.couldNotPrepare(3)).thenReturn(true);

		ResponseEntity<ProblemDetail> response = handler.programNotFound(new ProgramNotFoundException("new-program", 2));

		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNull();
		assertThat(response.getBody().getDetail()).isEqualTo("Program 'new-program' is in catalog version 3, which the "
				+ "recommender could not prepare (not enough memory; the administrator finds the remedy in the log); it "
				+ "answers from version 2, which does not have this program.");
	}

	@Test
	void aProgramNoVersionHasIsNotFound() {
		when(versions.currentVersion()).thenReturn(OptionalInt.of(3));
		when(programs.find(3, "nowhere")).thenReturn(Optional.empty());

		assertThat(handler.programNotFound(new ProgramNotFoundException("nowhere", 2)).getStatusCode().value())
			.isEqualTo(404);
		when(versions.currentVersion()).thenReturn(OptionalInt.of(2));
		assertThat(handler.programNotFound(new ProgramNotFoundException("nowhere", 2)).getStatusCode().value())
			.isEqualTo(404);
	}

}
