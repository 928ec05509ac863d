package org.aimnav.catalog.program;

import org.aimnav.catalog.search.TextAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextAnalyzerTests {

	@Test
	void wordsAreLowerCasedFoldedStemmedAndStopWordsDropped() {
		assertThat(TextAnalyzer.terms("The Imaging of Images in Zürich's clinics"))
			.containsExactly("imag", "imag", "zurich", "clinic");
	}

	@Test
	void theIndexFormDelimitsEveryWordAndRespectsItsLimit() {
		assertThat(TextAnalyzer.indexForm("Deep Learning", 100)).isEqualTo(" deep learn ");
		assertThat(TextAnalyzer.indexForm("Deep Learning", 7)).isEqualTo(" deep ");
		assertThat(TextAnalyzer.indexForm(null, 100)).isEqualTo(" ");
	}

}
