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
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** A learner on the recommendation page in a real headless Chromium. */
class RecommendBrowserTests extends ServerTestSupport {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Test
	void aPresetFillsTheFormAndShowsExplainedResults() {
		WebDriver driver = browser.driver();
		driver.get(uri("/recommend").toString());

		browser.click(By.cssSelector("[data-preset=clinician]"));
		browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("preset=clinician"));

		assertThat(new Select(driver.findElement(By.id("role"))).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("clinician");
		List<WebElement> cards = driver.findElements(By.cssSelector("[data-testid=results] .recommendation"));
		assertThat(cards).isNotEmpty();
		for (WebElement card : cards) {
			assertThat(card.findElements(By.cssSelector(".reasons li"))).isNotEmpty();
			assertThat(card.findElement(By.cssSelector("[data-testid=score]")).getText()).endsWith("%");
		}
		browser.screenshot("recommend-preset");
	}

	@Test
	void aProfileTooNarrowOffersOneClickRelaxations() {
		WebDriver driver = browser.driver();
		driver.get(uri("/recommend").toString());
		new Select(driver.findElement(By.id("role"))).selectByValue("clinician");
		browser.click(By.id("topic-medical_imaging"));
		browser.click(By.id("credential-phd"));
		browser.click(By.id("must-credential"));
		browser.click(By.id("format-online"));
		browser.click(By.id("must-deliveryFormat"));
		driver.findElement(By.id("limit")).clear();
		driver.findElement(By.id("limit")).sendKeys("5");
		browser.click(By.id("recommend-submit"));
		browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("run=true"));

		List<WebElement> relaxations = driver.findElements(By.cssSelector("[data-testid=relaxations] li a"));
		assertThat(relaxations).isNotEmpty();
		int before = driver.findElements(By.cssSelector("[data-testid=results] .recommendation")).size();
		browser.screenshot("recommend-relaxations");

		String target = relaxations.get(0).getDomAttribute("href");
		browser.click(By.cssSelector("[data-testid=relaxations] li a"));
		browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(target)
				|| d.getCurrentUrl().contains(target.substring(target.indexOf('?'))));

		int after = driver.findElements(By.cssSelector("[data-testid=results] .recommendation")).size();
		assertThat(after).isGreaterThan(before);
	}

	@Test
	void whyNotExplainsAProgramThatIsMissing() {
		WebDriver driver = browser.driver();
		driver.get(uri("/recommend?role=executive&credentials=executive_education&mustHave=credential&run=true")
			.toString());

		new Select(driver.findElement(By.id("whyNot"))).selectByValue("harvard-hms-aim-phd");
		browser.click(By.id("why-not-submit"));
		browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("whyNot=harvard-hms-aim-phd"));

		WebElement answer = driver.findElement(By.cssSelector("[data-testid=why-not-result]"));
		assertThat(answer.getDomAttribute("data-status")).isEqualTo("EXCLUDED");
		assertThat(answer.getText()).isNotBlank();
		// The profile survived the lookup: the same must-have is still on.
		assertThat(driver.findElement(By.id("must-credential")).isSelected()).isTrue();
	}

}
