package org.aimnav.web.browser;

import java.time.Duration;
import java.util.List;

import org.aimnav.web.support.Browser;
import org.aimnav.web.support.ServerTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** A person browsing the catalog in a real headless Chromium. */
class CatalogBrowserTests extends ServerTestSupport {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Test
	void filterByCredentialThroughTheFormThenOpenAProgram() {
		WebDriver driver = browser.driver();
		driver.get(uri("/programs").toString());
		assertThat(driver.getTitle()).contains("Programs");
		assertThat(driver.findElement(By.cssSelector("[data-testid=result-count]")).getText())
			.isEqualTo("36 programs match");

		// Tick "PhD" in the credential facet: the page applies it at once (without JavaScript the
		// "Apply filters" button does; ProgramPageTests covers that path).
		browser.click(By.cssSelector("[data-facet=credential] input[value=phd]"));
		browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("credential=phd"));

		List<WebElement> results = driver.findElements(By.cssSelector("[data-testid=results] > li"));
		assertThat(results).isNotEmpty();
		assertThat(results).allSatisfy(card -> assertThat(card.getText()).contains("PhD"));
		assertThat(driver.findElement(By.cssSelector("[data-testid=result-count]")).getText())
			.isEqualTo(results.size() + " programs match");
		assertThat(driver.findElement(By.cssSelector("[data-facet=credential] input[value=phd]")).isSelected())
			.isTrue();

		// Open Harvard's PhD track and read what a person sees.
		browser.click(By.cssSelector("[data-program-id=harvard-hms-aim-phd] h3 a"));
		browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/programs/harvard-hms-aim-phd"));
		browser.screenshot("catalog-program-page");
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("AI in Medicine (AIM) PhD Track");
		assertThat(driver.findElement(By.cssSelector(".lead")).getText()).contains("Harvard Medical School");
		String facts = driver.findElement(By.cssSelector("[data-testid=facts]")).getText();
		assertThat(facts).contains("PhD").contains("In person").contains("Full time").contains("$0")
			.contains("Bachelor's degree").contains("Boston");
		assertThat(facts).contains("Not stated"); // duration is blank in the curated catalog
		assertThat(driver.findElement(By.cssSelector("[data-testid=last-verified]")).getText()).isEqualTo("2026-11-28");
		WebElement link = driver.findElement(By.cssSelector("[data-testid=url] a"));
		assertThat(link.getAttribute("href")).startsWith("https://gsas.harvard.edu/");
		assertThat(link.getAttribute("rel")).contains("noopener");
	}

	@Test
	void searchAndCompareTwoPrograms() {
		WebDriver driver = browser.driver();
		driver.get(uri("/programs?q=alabama").toString());
		List<WebElement> compare = driver.findElements(By.cssSelector("input[name=ids]"));
		assertThat(compare).hasSizeGreaterThanOrEqualTo(2);
		browser.click(By.id(compare.get(0).getAttribute("id")));
		browser.click(By.id(compare.get(1).getAttribute("id")));
		browser.click(By.id("compare-selected"));
		browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/compare"));

		List<WebElement> columns = driver.findElements(By.cssSelector("[data-testid=compare-table] thead th[data-program-id]"));
		assertThat(columns).hasSize(2);
		assertThat(columns).allSatisfy(column -> assertThat(column.getText()).contains("Alabama at Birmingham"));
	}

}
