package vn.tinhso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A citizen types what they want without diacritics, finds the procedure and opens its page. */
class CatalogueJourneyTests extends BrowserJourney {

    @Test
    void searchingWithoutDiacriticsLeadsToTheProcedurePage() throws Exception {
        browser.get(url("/procedures"));
        var box = browser.findElement(By.name("q"));
        box.sendKeys("dang ky khai sinh");
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class) // htmx swaps
                .until(driver -> driver
                .findElements(By.cssSelector("ol.procedures li a")).stream().findFirst()
                .map(first -> first.getText().equals("Đăng ký khai sinh")).orElse(false));
        Browser.screenshot(browser, "catalogue-search");

        Browser.clickAndWait(browser, By.linkText("Đăng ký khai sinh"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng ký khai sinh");
        assertThat(browser.findElement(By.cssSelector("a.button.big")).getText()).isEqualTo("Nộp hồ sơ trực tuyến");
        assertThat(browser.getCurrentUrl()).endsWith("/procedures/1.001193");
    }
}
