package org.aimnav.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ImportPropertiesTests {

	@Test
	void anOffendingValueMayBeShownWithUpTo499CharactersSinceItsColumnHolds1000Units() {
		assertThat(withMaxValueLength(499).maxValueLength()).isEqualTo(499);
		assertThat(withMaxValueLength(1).maxValueLength()).isEqualTo(1);
		assertThatIllegalArgumentException().isThrownBy(() -> withMaxValueLength(500))
			.withMessage("aimnav.import.max-value-length must be between 1 and 499 (it is 500)");
		assertThatIllegalArgumentException().isThrownBy(() -> withMaxValueLength(0))
			.withMessageContaining("between 1 and 499");
	}

	@Test
	void settingsThatCannotWorkAreRefusedAtStartNamingTheSetting() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ImportProperties(DataSize.ofMegabytes(200), Path.of("uploads"), 0,
					Duration.ofSeconds(30), "", 2, 200, Duration.ofDays(7)))
			.withMessage("aimnav.import.chunk-size must be at least 1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ImportProperties(DataSize.ofMegabytes(200), Path.of("uploads"), 1000,
					Duration.ofSeconds(30), "", 0, 200, Duration.ofDays(7)))
			.withMessage("aimnav.import.processing-threads must be at least 1");
	}

	private static ImportProperties withMaxValueLength(int length) {
		return new ImportProperties(DataSize.ofMegabytes(200), Path.of("uploads"), 1000, Duration.ofSeconds(30), "",
				2, length, Duration.ofDays(7));
	}

}
