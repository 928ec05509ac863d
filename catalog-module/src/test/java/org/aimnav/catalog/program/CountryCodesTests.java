package org.aimnav.catalog.program;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountryCodesTests {

	@Test
	void aCodeIsReadInAnyCaseWithTheBlanksTheImportTrims() {
		assertThat(CountryCodes.code("us")).isEqualTo("US");
		assertThat(CountryCodes.code(" gb ")).isEqualTo("GB");
		assertThat(CountryCodes.code("\u00A0US")).as("a no-break space from a web page").isEqualTo("US");
		assertThat(CountryCodes.code("CH\u200B")).as("a zero-width space").isEqualTo("CH");
		assertThat(CountryCodes.code("UK")).isNull();
		assertThat(CountryCodes.code("ZZ")).isNull();
		assertThat(CountryCodes.code("U S")).isNull();
		assertThat(CountryCodes.code("\0")).isNull();
		assertThat(CountryCodes.code(null)).isNull();
	}

	@Test
	void aCountryWrittenAnotherWayIsHintedAtAsItWasWritten() {
		assertThat(CountryCodes.hint("GBR")).isEqualTo(" (GBR is GB)");
		assertThat(CountryCodes.hint("deu")).isEqualTo(" (DEU is DE)");
		assertThat(CountryCodes.hint("germany")).isEqualTo(" (Germany is DE)");
		assertThat(CountryCodes.hint(" Switzerland ")).isEqualTo(" (Switzerland is CH)");
		assertThat(CountryCodes.hint("the Netherlands")).isEqualTo(" (Netherlands is NL)");
	}

	@Test
	void theCommonMistakesAndNamesInACountrysOwnLanguageAreHinted() {
		assertThat(CountryCodes.hint("UK")).isEqualTo(" (the United Kingdom is GB)");
		assertThat(CountryCodes.hint("U.K.")).isEqualTo(" (the United Kingdom is GB)");
		assertThat(CountryCodes.hint("the United Kingdom")).isEqualTo(" (the United Kingdom is GB)");
		assertThat(CountryCodes.hint("U.S.")).isEqualTo(" (the United States is US)");
		assertThat(CountryCodes.hint("U.S.A.")).isEqualTo(" (U.S.A. is US)");
		assertThat(CountryCodes.hint("England")).isEqualTo(" (England is GB)");
		assertThat(CountryCodes.hint("Deutschland")).isEqualTo(" (Deutschland is DE)");
		assertThat(CountryCodes.hint("Schweiz")).isEqualTo(" (Schweiz is CH)");
		assertThat(CountryCodes.hint("Osterreich")).as("without its umlaut").isEqualTo(" (Osterreich is AT)");
		assertThat(CountryCodes.hint("España")).isEqualTo(" (España is ES)");
		assertThat(CountryCodes.hint("South Korea")).isEqualTo(" (South Korea is KR)");
		assertThat(CountryCodes.hint("Korea")).isEqualTo(" (Korea is KR)");
		assertThat(CountryCodes.hint("日本")).isEqualTo(" (日本 is JP)");
	}

	@Test
	void nothingIsSuggestedForWhatNamesNoCountry() {
		assertThat(CountryCodes.hint("Europe")).isEmpty();
		assertThat(CountryCodes.hint("online")).isEmpty();
		assertThat(CountryCodes.hint("ZZ")).isEmpty();
		assertThat(CountryCodes.hint("")).isEmpty();
		assertThat(CountryCodes.hint("x".repeat(5000))).isEmpty();
	}

}
