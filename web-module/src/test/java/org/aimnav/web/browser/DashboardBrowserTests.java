package org.aimnav.web.browser;

import java.time.Duration;
import java.util.List;

import org.aimnav.web.support.Browser;
import org.aimnav.web.support.ServerTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard in a real headless Chromium: charts drawn, tables equal to the API's numbers. */
class DashboardBrowserTests extends ServerTestSupport {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Test
	void everyChartIsDrawnAndTheTablesHoldTheApisNumbers() {
		WebDriver driver = browser.driver();
		driver.get(uri("/dashboard").toString());
		browser.waitUpTo(Duration.ofSeconds(20))
			.until(d -> d.findElement(By.id("dashboard")).getDomAttribute("data-charts-rendered") != null
					|| d.findElement(By.id("dashboard")).getDomAttribute("data-charts-error") != null);
		WebElement dashboard = driver.findElement(By.id("dashboard"));
		assertThat(dashboard.getDomAttribute("data-charts-error")).isNull();

		List<WebElement> charts = driver.findElements(By.cssSelector("#dashboard [data-chart]"));
		assertThat(charts).hasSize(13);
		for (WebElement chart : charts) {
			assertThat(chart.getDomAttribute("data-rendered")).as(chart.getDomAttribute("data-chart")).isEqualTo("true");
			assertThat(chart.findElements(By.tagName("canvas"))).as(chart.getDomAttribute("data-chart")).isNotEmpty();
			assertThat(chart.getSize().getHeight()).isGreaterThan(100);
		}
		assertThat(paintedPixels(driver, "chart-credential")).isGreaterThan(500);
		browser.screenshot("dashboard");
		browser.screenshotAt(By.id("section-tuition_usd"), "dashboard-distributions");
		browser.screenshotAt(By.id("section-topic_by_credential"), "dashboard-heatmap");
		browser.screenshotAt(By.id("demand"), "dashboard-demand");
		browser.screenshotAt(By.id("imports"), "dashboard-imports");

		JsonNode summary = body(get("/api/v1/stats/summary"));
		summary.get("byCredential").properties().forEach(entry -> assertThat(tableCell(driver, "credential",
				entry.getKey(), "td")).as(entry.getKey()).isEqualTo(entry.getValue().asString()));
		summary.get("tuitionUsd").get("byCredential").properties().forEach(entry -> {
			String median = driver.findElement(By.cssSelector(
					"table[data-table=tuition_usd] tr[data-value=" + entry.getKey() + "] td[data-stat=median]"))
				.getDomProperty("textContent");
			assertThat(Double.parseDouble(median.replace(",", ""))).as(entry.getKey())
				.isEqualTo(entry.getValue().get("median").asDouble());
		});
		assertThat(driver.findElement(By.cssSelector("[data-headline=programs]")).getText())
			.isEqualTo(summary.get("programCount").asString());
	}

	private static String tableCell(WebDriver driver, String table, String value, String cell) {
		return driver.findElement(By.cssSelector("table[data-table=" + table + "] tr[data-value=" + value + "] " + cell))
			.getDomProperty("textContent")
			.strip();
	}

	/** How many pixels of a chart's canvas are not blank: a chart that drew nothing has none. */
	private static long paintedPixels(WebDriver driver, String chartId) {
		Object count = ((JavascriptExecutor) driver).executeScript("""
				const canvas = document.querySelector('#' + arguments[0] + ' canvas');
				const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
				let painted = 0;
				for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) painted++; }
				return painted;
				""", chartId);
		return ((Number) count).longValue();
	}

}
