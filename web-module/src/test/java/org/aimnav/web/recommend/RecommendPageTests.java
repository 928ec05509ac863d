package org.aimnav.web.recommend;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

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
		assertThat(clinician.body()).doesNotContain("data-testid=\"nothing-scored\"").contains("data-testid=\"score\"")
			.as("no must-haves, so no count of programs that meet them").doesNotContain("meet every must-have");
		assertThat(getHtml("/recommend?run=true&role=clinician&credentials=masters&mustHave=credential").body())
			.containsPattern("programs? for you \\(\\d+ meet every must-have\\)");
	}

	@Test
	void aShortListThatNoMustHaveHoldsBackSaysSoInsteadOfSuggestingNothing() {
		// One curated program covers drug discovery; the must-have on the country keeps nothing out.
		String html = getHtml("/recommend?run=true&role=administrator&interests=drug_discovery&country=US"
				+ "&mustHave=country&limit=50").body();

		assertThat(html).doesNotContain("data-testid=\"relaxations\"")
			.contains("data-testid=\"must-haves-not-the-limit\"")
			.contains("Your must-haves are not what keeps this list short");
	}

	@Test
	void presetsAndWhyNotViewsAreNotCountedAsLearnersRequests() throws InterruptedException {
		long before = loggedAfterOneMore();

		assertThat(getHtml("/recommend?preset=clinician").body()).contains("data-testid=\"results\"");
		assertThat(getHtml("/recommend?run=true&role=clinician&interests=ethics&whyNot=uab-ms-ai-in-medicine").body())
			.contains("data-testid=\"results\"");
		assertThat(send(java.net.http.HttpRequest.newBuilder(uri("/recommend?run=true&role=clinician&interests=ethics"))
			.method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
			.build()).statusCode()).as("a link checker's HEAD").isEqualTo(200);
		assertThat(getHtml("/recommend?run=true&role=clinician&interests=ethics").body())
			.contains("data-testid=\"results\"");

		// The log is written in order, off the request path: once the next request is in, so is
		// whatever came before it.
		assertThat(loggedAfterOneMore()).as("the submitted form and the marker, not the preset, the why-not or the HEAD")
			.isEqualTo(before + 2);
	}

	/** Logs one request through the API and waits for it: the number of logged requests then. */
	private long loggedAfterOneMore() throws InterruptedException {
		long count = requestCount();
		postJson("/api/v1/recommendations", "{\"role\": \"engineer\", \"limit\": 3}");
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		long now = requestCount();
		while (now == count && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
			now = requestCount();
		}
		// And whatever an earlier test left in the queue: the writer takes it within 100 ms.
		Thread.sleep(300);
		return requestCount();
	}

	private long requestCount() {
		return body(get("/api/v1/stats/recommendations")).get("requestCount").asLong();
	}

}
