package org.aimnav.catalog.program;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetSafeTests {

	@Test
	void valuesThatASpreadsheetWouldRunAsFormulasBecomeText() {
		assertThat(SpreadsheetSafe.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(SpreadsheetSafe.cell("+1")).isEqualTo("'+1");
		assertThat(SpreadsheetSafe.cell("-2")).isEqualTo("'-2");
		assertThat(SpreadsheetSafe.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SpreadsheetSafe.cell("\tx")).isEqualTo("'\tx");
		assertThat(SpreadsheetSafe.cell("\rx")).isEqualTo("'\rx");
	}

	@Test
	void otherValuesAreLeftAlone() {
		assertThat(SpreadsheetSafe.cell("a=b")).isEqualTo("a=b");
		assertThat(SpreadsheetSafe.cell("")).isEmpty();
		assertThat(SpreadsheetSafe.cell(null)).isNull();
	}

}
