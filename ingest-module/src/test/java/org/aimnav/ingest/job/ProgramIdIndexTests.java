package org.aimnav.ingest.job;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramIdIndexTests {

	@Test
	void theFirstUseOfAnIdIsRememberedWithItsLine() {
		ProgramIdIndex index = new ProgramIdIndex();

		assertThat(index.firstUse("mit-ai", 2)).isEqualTo(-1);
		assertThat(index.firstUse("harvard-ai", 3)).isEqualTo(-1);
		assertThat(index.firstUse("mit-ai", 9)).isEqualTo(2);
		assertThat(index.firstUse("mit-ai", 12)).isEqualTo(2);
		assertThat(index.firstUse("MIT-AI", 13)).as("ids compare exactly").isEqualTo(-1);
	}

	@Test
	void manyDistinctIdsAreNeverTakenForEachOtherAsTheIndexGrows() {
		ProgramIdIndex index = new ProgramIdIndex();
		for (int i = 0; i < 200_000; i++) {
			assertThat(index.firstUse("program-" + i, i + 2L)).isEqualTo(-1);
		}
		for (int i = 0; i < 200_000; i += 997) {
			assertThat(index.firstUse("program-" + i, 1_000_000)).isEqualTo(i + 2L);
		}
		assertThat(index.size()).isEqualTo(200_000);
	}

}
