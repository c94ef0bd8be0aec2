package vn.tinhso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The Office of the People's Committee watches service quality with a year of demo history loaded: the dashboard's
 * charts are drawn, the overdue figure leads to the overdue dossiers, and a unit's Decision 766 breakdown shows why it
 * lost points; an edit of the index that does not add up is refused with a Vietnamese message.
 */
@TestPropertySource(properties = "tinhso.demo.history=true")
@DirtiesContext
class ServiceQualityJourneyTests extends BrowserJourney {

    @Test
    void officeOfficerReadsTheDashboardDrillsDownAndOpensABreakdown() throws Exception {
        signIn("vanphong.ubnd");
        browser.manage().window().setSize(new Dimension(1366, 3300));
        browser.get(url("/service-quality"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Chất lượng phục vụ người dân, doanh nghiệp");
        charts("#trend-chart", "#rank-chart", "#units-chart", "#communes-chart");
        assertThat(browser.findElement(By.id("card-online")).getText()).contains("Tỷ lệ nộp trực tuyến");
        assertThat(browser.findElement(By.id("compared")).getText()).contains("chưa có đủ số liệu");
        assertThat(browser.findElements(By.cssSelector("#units-table tbody tr")).size()).isGreaterThan(8);
        Browser.screenshot(browser, "service-quality-dashboard");

        Browser.clickAndWait(browser, By.id("card-overdue"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Hồ sơ quá hạn");
        var rows = browser.findElements(By.cssSelector("#dossiers tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#dossiers a.dossier-code")).getAttribute("href"))
                .contains("/dossiers/");
        browser.manage().window().setSize(new Dimension(1366, 1100));
        Browser.screenshot(browser, "service-quality-overdue");

        browser.manage().window().setSize(new Dimension(1366, 2200));
        browser.get(url("/service-quality/index"));
        charts("#ranking-chart");
        Browser.screenshot(browser, "service-quality-index");
        Browser.clickAndWait(browser, By.cssSelector("#ranking tbody tr:first-child a"));
        charts("#groups-chart");
        assertThat(browser.findElement(By.id("indicator-2.1")).getText()).contains("Tỷ lệ hồ sơ giải quyết");
        assertThat(browser.findElement(By.id("indicator-4.5")).getText())
                .contains("Chưa có dữ liệu trên nền tảng: 0 điểm");
        browser.manage().window().setSize(new Dimension(1366, 3000));
        Browser.screenshot(browser, "service-quality-index-unit");
    }

    @Test
    void anEditOfTheIndexThatDoesNotAddUpIsRefusedInVietnamese() throws Exception {
        signIn("vanphong.ubnd");
        browser.manage().window().setSize(new Dimension(1366, 1400));
        browser.get(url("/service-quality/index/framework"));
        var points = browser.findElement(By.id("points-1.3"));
        points.clear();
        points.sendKeys("5");
        Browser.clickAndWait(browser, By.id("save-framework"));
        assertThat(browser.findElement(By.id("problems")).getText())
                .contains("Nhóm \"Công khai, minh bạch\": tổng điểm các chỉ số là 19, khác điểm của nhóm (18).");
        assertThat(browser.findElement(By.id("points-1.3")).getAttribute("value")).isEqualTo("5");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.findElement(By.id("problems")));
        Browser.screenshot(browser, "service-quality-framework-refused");
    }

    private void charts(String... selectors) {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        for (String selector : selectors) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector + " canvas")));
        }
        // the data arrives after the canvas: wait until every chart is drawn with it and its animation is over
        wait.until(driver -> browser.executeScript("return Array.from(document.querySelectorAll('[data-chart]'))"
                + ".every(e => e.dataset.drawn === 'true')").equals(Boolean.TRUE));
    }
}
