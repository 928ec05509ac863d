package org.aimnav.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportApiTests {

	@Test
	void modesAreReadAsTheApiAndTheCommandLineWriteThem() {
		assertThat(ImportMode.fromCode("merge")).isEqualTo(ImportMode.MERGE);
		assertThat(ImportMode.fromCode(" Replace ")).isEqualTo(ImportMode.REPLACE);
		assertThat(ImportMode.MERGE.code()).isEqualTo("merge");
		assertThatThrownBy(() -> ImportMode.fromCode("append"))
			.hasMessage("'append' is not an import mode; use replace or merge");
	}

	@Test
	void theDefaultPolicyReplacesAndPublishesOnlyWhenEveryRowIsValid() {
		assertThat(ImportOptions.defaults()).isEqualTo(new ImportOptions(ImportMode.REPLACE, false, 0));
		assertThatThrownBy(() -> ImportOptions.defaults().withMaxRejectedRows(-1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void progressIsTheShareOfBytesRead() {
		assertThat(new ImportProgress("x", ImportStatus.RUNNING, 10, 250, 1000).percent()).isEqualTo(25);
		assertThat(new ImportProgress("x", ImportStatus.PUBLISHED, 10, 0, 0).percent()).isEqualTo(100);
		assertThat(ImportStatus.QUEUED.finished()).isFalse();
		assertThat(ImportStatus.UNCHANGED.finished()).isTrue();
	}

}
