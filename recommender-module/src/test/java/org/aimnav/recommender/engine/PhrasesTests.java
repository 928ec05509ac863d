package org.aimnav.recommender.engine;

import org.aimnav.catalog.program.PriorDegree;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhrasesTests {

	@Test
	void monthsAreAsPreciseAsTheValueAndAgreeInNumber() {
		assertThat(Phrases.months(1)).isEqualTo("1 month");
		assertThat(Phrases.months(18)).isEqualTo("18 months");
		assertThat(Phrases.months(1.5)).isEqualTo("1.5 months");
		assertThat(Phrases.months(2.04)).as("a suggestion must show the change it makes").isEqualTo("2.04 months");
		assertThat(Phrases.months(0.25)).isEqualTo("about 8 days");
	}

	@Test
	void countriesAndDegreesReadAsWords() {
		assertThat(Phrases.country("FR")).isEqualTo("France");
		assertThat(Phrases.country("XK")).isEqualTo("Kosovo");
		assertThat(Phrases.degree(PriorDegree.NONE)).isEqualTo("no prior degree");
	}

}
