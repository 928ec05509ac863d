package org.aimnav.web.catalog;

import java.net.http.HttpResponse;

import org.aimnav.web.support.ServerTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog pages as HTML over real HTTP (the browser tests click through them). */
class ProgramPageTests extends ServerTestSupport {

	@Test
	void theHomePageOffersTheThreeJourneys() {
		String html = getHtml("/").body();

		assertThat(html).contains("href=\"/programs\"").contains("href=\"/recommend\"")
			.contains("href=\"/admin/imports\"").contains("href=\"/dashboard\"");
		assertThat(html).contains("36");
	}

	@Test
	void theProgramsPageListsHarvardWithFacetsThatWorkWithoutJavaScript() {
		String html = getHtml("/programs").body();

		assertThat(html).contains("Harvard Medical School");
		assertThat(html).contains("36 programs match");
		assertThat(html).contains("name=\"credential\" value=\"phd\"");
		assertThat(html).contains("<form id=\"filters\" method=\"get\" action=\"/programs\"");
	}

	@Test
	void filteringThroughTheFormNarrowsTheList() {
		String html = getHtml("/programs?credential=phd").body();

		assertThat(html).contains("harvard-hms-aim-phd").doesNotContain("data-program-id=\"stanford-ai-in-healthcare-specialization\"");
		assertThat(html).contains("value=\"phd\" id=\"credential-0\" checked=\"checked\"");
	}

	@Test
	void unknownFilterValuesAreExplainedNotFatal() {
		HttpResponse<String> response = getHtml("/programs?credential=wizardry&topic=astrology");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("data-testid=\"filter-problems\"").contains("astrology");
	}

	@Test
	void downloadLinksCarryTheSearchTheyShowWithoutTheValuesItIgnored() {
		String html = getHtml("/programs?q=deep+learning&credential=wizardry&topic=astrology&topic=machine_learning")
			.body();

		String csv = "/api/v1/programs/export?format=csv&amp;q=deep+learning&amp;topic=machine_learning\"";
		assertThat(html).contains("data-testid=\"filter-problems\"").contains("href=\"" + csv);
		assertThat(get(csv.replace("&amp;", "&").replace("\"", "")).statusCode()).isEqualTo(200);
	}

	@Test
	void pageLinksAreRelativeNotBuiltFromTheHostHeader() {
		String html = getHtml("/programs?sort=name").body();

		assertThat(html).contains("href=\"/programs?sort=name&amp;page=1\"")
			.doesNotContain("http://localhost:" + port + "/programs?");
	}

	@Test
	void aPagePastTheLastOneSaysSoAndLeadsBackInsteadOfClaimingNothingMatches() {
		HttpResponse<String> page = getHtml("/programs?sort=name&page=5");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-testid=\"past-the-end\"").doesNotContain("data-testid=\"no-results\"")
			.contains("This page is past the last one").contains("Go to the first page")
			.as("36 programs are two pages: previous leads to the last, and no 'Page 6 of 2'")
			.contains("href=\"/programs?sort=name&amp;page=1\" rel=\"prev\"")
			.doesNotContain("Page 6 of");
	}

	@Test
	void anUnknownValueInAListIsDroppedAloneAndNamedWithEveryOtherValueIgnored() {
		String html = getHtml("/programs?credential=wizardry&credential=phd&maxDurationMonths=0").body();
		String onlyPhd = getHtml("/programs?credential=phd").body();

		assertThat(html).contains("credential: &#39;wizardry&#39; is not one of phd, masters")
			.contains("maxDurationMonths must be greater than 0; it was ignored")
			.as("phd is still applied and ticked")
			.contains("value=\"phd\" id=\"credential-0\" checked=\"checked\"");
		assertThat(matchCount(html)).isEqualTo(matchCount(onlyPhd)).isNotEqualTo("36");
	}

	private static String matchCount(String html) {
		java.util.regex.Matcher count = java.util.regex.Pattern.compile("(\\d+) programs? match").matcher(html);
		assertThat(count.find()).as("a count of matches").isTrue();
		return count.group(1);
	}

	@Test
	void aProgramPageShowsEveryFieldAndNotStatedForBlanks() {
		String html = getHtml("/programs/mit-sloan-transforming-healthcare-with-ai").body();

		assertThat(html).contains("Transforming Healthcare with AI");
		assertThat(html).contains("Not stated");
		assertThat(html).contains("Last verified").contains("2026-11-28");
		assertThat(html).contains("rel=\"noopener noreferrer external\"");
	}

	@Test
	void anUnconfirmedProgramSaysSo() {
		String html = getHtml("/programs/jhu-ai-certificate-healthcare-professionals").body();

		assertThat(html).contains("Unconfirmed");
	}

	@Test
	void anUnknownProgramPageIsAFriendly404() {
		HttpResponse<String> response = getHtml("/programs/no-such-program");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("There is no page at this address").doesNotContain("Exception");
	}

	@Test
	void theComparePageShowsUpToFourProgramsSideBySide() {
		String html = getHtml("/compare?ids=harvard-hms-aim-phd,uofl-ms-ai-in-medicine,nope,"
				+ "stanford-ai-in-healthcare-specialization,mit-sloan-transforming-healthcare-with-ai").body();

		assertThat(html).contains("data-testid=\"compare-table\"");
		assertThat(html).contains("data-program-id=\"harvard-hms-aim-phd\"")
			.contains("data-program-id=\"uofl-ms-ai-in-medicine\"")
			.contains("data-program-id=\"stanford-ai-in-healthcare-specialization\"")
			.doesNotContain("data-program-id=\"mit-sloan-transforming-healthcare-with-ai\"");
		assertThat(html).contains("data-testid=\"too-many\"").contains("data-testid=\"missing\"").contains("nope");
	}

}
