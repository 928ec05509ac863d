package org.aimnav.ingest.csv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaGuardTests {

	@Test
	void valuesThatASpreadsheetWouldRunAsFormulasBecomeText() {
		assertThat(FormulaGuard.neutralize("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(FormulaGuard.neutralize("+1")).isEqualTo("'+1");
		assertThat(FormulaGuard.neutralize("-2")).isEqualTo("'-2");
		assertThat(FormulaGuard.neutralize("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(FormulaGuard.neutralize("\tx")).isEqualTo("'\tx");
		assertThat(FormulaGuard.neutralize("\rx")).isEqualTo("'\rx");
	}

	@Test
	void otherValuesAreLeftAlone() {
		assertThat(FormulaGuard.neutralize("a=b")).isEqualTo("a=b");
		assertThat(FormulaGuard.neutralize("")).isEmpty();
		assertThat(FormulaGuard.neutralize(null)).isNull();
	}

}
