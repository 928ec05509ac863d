package org.aimnav.web.dashboard;

import java.net.http.HttpResponse;

import org.aimnav.web.support.ServerTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's HTML: tables readable without JavaScript, a version selector, downloads. */
class DashboardPageTests extends ServerTestSupport {

	@Test
	void theDashboardIsPublicAndHoldsTablesOfEveryChart() {
		HttpResponse<String> response = getHtml("/dashboard");

		assertThat(response.statusCode()).isEqualTo(200);
		String html = response.body();
		for (String table : new String[] { "credential", "deliveryFormat", "pace", "country", "audience", "topic",
				"tuition_usd", "duration_months", "topic_by_credential", "completeness", "freshness" }) {
			assertThat(html).as(table).contains("data-table=\"" + table + "\"");
		}
		assertThat(html).contains("<select id=\"version\" name=\"version\"");
		assertThat(html).contains("/api/v1/stats/summary.csv?version=").contains("dimension=tuition_usd");
		assertThat(html).contains("/webjars/echarts/");
	}

	@Test
	void anUnknownVersionIsAFriendly404() {
		assertThat(getHtml("/dashboard?version=999").statusCode()).isEqualTo(404);
	}

	@Test
	void eachChartsCsvHoldsOnlyItsDimension() {
		HttpResponse<String> response = get("/api/v1/stats/summary.csv?dimension=credential");

		assertThat(response.body().lines().skip(1)).isNotEmpty().allMatch(line -> line.startsWith("credential,"));
	}

}
