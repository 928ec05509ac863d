package org.aimnav.ingest.job;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UploadNameTests {

	@Test
	void anUploadIsListedUnderItsOwnNameWithoutFolders() {
		assertThat(ImportRecords.displayName("catalog.csv")).isEqualTo("catalog.csv");
		assertThat(ImportRecords.displayName("C:\\Users\\me\\catalog 2026.csv")).isEqualTo("catalog 2026.csv");
		assertThat(ImportRecords.displayName("/home/me/catalog.csv")).isEqualTo("catalog.csv");
	}

	@Test
	void anUploadWithoutANameIsListedAsUploadCsv() {
		assertThat(ImportRecords.displayName("")).isEqualTo("upload.csv");
		assertThat(ImportRecords.displayName("  ")).isEqualTo("upload.csv");
		assertThat(ImportRecords.displayName(null)).isEqualTo("upload.csv");
		assertThat(ImportRecords.displayName("folder/")).isEqualTo("upload.csv");
	}

}
