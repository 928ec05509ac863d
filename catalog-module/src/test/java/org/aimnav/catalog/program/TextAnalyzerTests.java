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
	void aLearnersFunctionWordsAreDroppedTheirSubjectKept() {
		assertThat(TextAnalyzer.terms("I want to know how my hospital could use AI, and if it is worth it"))
			.containsExactly("want", "know", "hospit", "us", "ai", "worth");
	}

	@Test
	void theIndexFormDelimitsEveryWordAndRespectsItsLimit() {
		assertThat(TextAnalyzer.indexForm("Deep Learning", 100)).isEqualTo(" deep learn ");
		assertThat(TextAnalyzer.indexForm("Deep Learning", 7)).isEqualTo(" deep ");
		assertThat(TextAnalyzer.indexForm(null, 100)).isEqualTo(" ");
	}

	@Test
	void theIndexFormHoldsExactlyTheTermsOfTheText() {
		String text = "Zürich's Imaging Programs: deep-learning, NLP & the EHR (2024), données médicales\n"
				+ "for clinicians' decision support; U.S. e-mail x@y.org 3.5 months";

		assertThat(TextAnalyzer.indexForm(text, 10_000))
			.isEqualTo(" " + String.join(" ", TextAnalyzer.terms(text)) + " ")
			.contains(" zurich ", " imag ", " decis ");
		assertThat(TextAnalyzer.indexForm("   ", 100)).isEqualTo(" ");
	}

}
