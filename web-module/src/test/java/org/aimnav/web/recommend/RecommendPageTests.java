package org.aimnav.web.recommend;

import java.net.http.HttpResponse;

import org.aimnav.web.support.ServerTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The recommendation page over real HTTP, where a browser test would add nothing. */
class RecommendPageTests extends ServerTestSupport {

	@Test
	void aValueOfTheWrongTypeIsReportedAndTheRestOfTheFormKept() {
		HttpResponse<String> page = getHtml(
				"/recommend?run=true&role=clinician&interests=ethics&interestsText=radiology&maxBudgetUsd=abc");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("maxBudgetUsd: &#39;abc&#39; is not a value this field takes")
			.containsPattern("<option[^>]*value=\"clinician\"[^>]*selected")
			.contains("value=\"radiology\"")
			.containsPattern("<input[^>]*value=\"ethics\"[^>]*checked|<input[^>]*checked[^>]*value=\"ethics\"");
	}

	@Test
	void aProfileThatStatesNothingScoredGetsNoFitScoreButAHintWhatToTell() {
		HttpResponse<String> empty = getHtml("/recommend?run=true");

		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("data-testid=\"nothing-scored\"").doesNotContain("data-testid=\"score\"")
			.contains("data-testid=\"results\"");

		HttpResponse<String> clinician = getHtml("/recommend?run=true&role=clinician");
		assertThat(clinician.body()).doesNotContain("data-testid=\"nothing-scored\"").contains("data-testid=\"score\"");
	}

}
