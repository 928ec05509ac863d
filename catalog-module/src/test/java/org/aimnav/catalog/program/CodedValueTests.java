package org.aimnav.catalog.program;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodedValueTests {

	@Test
	void spreadsheetSpellingsReadAsCodes() {
		assertThat(CodedValue.parse(Pace.class, "Full-time")).contains(Pace.FULL_TIME);
		assertThat(CodedValue.parse(DeliveryFormat.class, " In person ")).contains(DeliveryFormat.IN_PERSON);
		assertThat(CodedValue.parse(Credential.class, "PHD")).contains(Credential.PHD);
		assertThat(CodedValue.parse(Credential.class, "doctorate")).isEmpty();
	}

	@Test
	void anUnknownValueNamesTheAllowedOnes() {
		assertThatThrownBy(() -> Pace.fromCode("weekends"))
			.hasMessage("'weekends' is not one of full_time, part_time, self_paced");
	}

	@Test
	void priorDegreesMeetMinimumsByLevelButOnlyClinicalDegreesMeetAClinicalMinimum() {
		assertThat(PriorDegree.MASTERS.satisfies(PriorDegree.BACHELORS)).isTrue();
		assertThat(PriorDegree.BACHELORS.satisfies(PriorDegree.MASTERS)).isFalse();
		assertThat(PriorDegree.CLINICAL_DEGREE.satisfies(PriorDegree.MASTERS)).isTrue();
		assertThat(PriorDegree.DOCTORATE.satisfies(PriorDegree.CLINICAL_DEGREE)).isFalse();
		assertThat(PriorDegree.CLINICAL_DEGREE.satisfies(PriorDegree.CLINICAL_DEGREE)).isTrue();
		assertThat(PriorDegree.NONE.satisfies(PriorDegree.NONE)).isTrue();
	}

	@Test
	void decimalsReadAsPeopleWriteThem() {
		assertThat(Decimals.format(new java.math.BigDecimal("18000.0000"))).isEqualTo("18000");
		assertThat(Decimals.format(new java.math.BigDecimal("0.1300"))).isEqualTo("0.13");
		assertThat(Decimals.format(null)).isEmpty();
	}

}
