package vn.tinhso.dti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import vn.tinhso.Browser;
import vn.tinhso.BrowserJourney;
import vn.tinhso.dti.cycle.Assessments;
import vn.tinhso.dti.cycle.Period;
import vn.tinhso.dti.cycle.Periods;
import vn.tinhso.dti.cycle.StoredFrameworks;
import vn.tinhso.dti.results.NationalTables;
import vn.tinhso.dti.scoring.Indicator;
import vn.tinhso.identity.Role;

/**
 * One unit's DTI in a real browser: the Department of Science and Technology's assessor (dti.khcn) answers the last
 * indicators (a rate out of range is refused on its row), uploads a PDF as evidence and submits; the council
 * (dti.hoidong) appraises an indicator and publishes; then anyone, signed out, reads the public ranking with the
 * rank intervals, the radar chart of the unit against the average and the leader, and the province among provinces.
 */
class DtiJourneyTests extends BrowserJourney {

    @Autowired
    Periods periods;
    @Autowired
    Assessments assessments;
    @Autowired
    StoredFrameworks frameworks;
    @Autowired
    NationalTables tables;

    @Test
    void selfAssessmentSubmissionAppraisalPublicationAndThePublicRanking() throws Exception {
        Period period = DtiFixtures.open(periods, frameworks, DtiFixtures.freshYear(),
                List.of(DtiFixtures.SCIENCE, DtiFixtures.JUSTICE, DtiFixtures.CONSTRUCTION, DtiFixtures.OFFICE),
                List.of(DtiFixtures.OFFICE));
        DtiFixtures.answerAndSubmit(assessments, frameworks, period, DtiFixtures.JUSTICE, 0.95);
        DtiFixtures.answerAndSubmit(assessments, frameworks, period, DtiFixtures.CONSTRUCTION, 0.45);
        DtiFixtures.answerAndSubmit(assessments, frameworks, period, DtiFixtures.OFFICE, 0.7);
        answerAllBut(period, "NTS-01", "NTS-05");
        importNationalTables();
        Path pdf = Files.createTempFile("ke-hoach-chuyen-doi-so", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

        signIn("dti.khcn");
        browser.get(url("/dti/work"));
        Browser.clickAndWait(browser, By.cssSelector("#my-units a.unit-link"));
        assertThat(browser.findElement(By.id("answered")).getText()).isEqualTo("31/33");

        saveRow("NTS-01", () -> browser.findElement(By.cssSelector("#ind-NTS-01 input[name=choice][value='CÓ']")).click());
        assertThat(text("#ind-NTS-01 .self")).isEqualTo("10");
        assertThat(text("#ind-NTS-01 .evidence")).contains("Cần minh chứng");
        replace("#ind-NTS-01", () -> {
            browser.findElement(By.cssSelector("#ind-NTS-01 input[type=file]")).sendKeys(pdf.toString());
            browser.findElement(By.cssSelector("#ind-NTS-01 .evidence-file button")).click();
        });
        assertThat(text("#ind-NTS-01 .evidence")).contains(pdf.getFileName().toString()).doesNotContain("Cần minh chứng");

        saveRow("NTS-05", () -> browser.findElement(By.cssSelector("#ind-NTS-05 input[name=value]")).sendKeys("1,5"));
        assertThat(text("#ind-NTS-05 .row-problem")).isEqualTo("Chỉ tiêu NTS-05: tỷ lệ 1.5 phải từ 0 đến 1 (ví dụ 0,85 cho 85%).");
        scrollTo("#ind-NTS-04");
        Browser.screenshot(browser, "dti-assessment-refused-rate");
        saveRow("NTS-05", () -> {
            browser.findElement(By.cssSelector("#ind-NTS-05 input[name=value]")).clear();
            browser.findElement(By.cssSelector("#ind-NTS-05 input[name=numerator]")).sendKeys("17");
            browser.findElement(By.cssSelector("#ind-NTS-05 input[name=denominator]")).sendKeys("20");
        });
        assertThat(browser.findElements(By.cssSelector("#ind-NTS-05 .row-problem"))).isEmpty();
        replace("#ind-NTS-05", () -> {
            browser.findElement(By.cssSelector("#ind-NTS-05 input[name=url]")).sendKeys("https://khcn.haiphong.gov.vn/nhiem-vu-cds");
            browser.findElement(By.cssSelector("#ind-NTS-05 .evidence-link button")).click();
        });
        Browser.clickAndWait(browser, By.id("submit-assessment"));
        assertThat(text("#unit-status")).isEqualTo("Đã gửi thẩm định");
        assertThat(browser.findElements(By.cssSelector("article.indicator form.answer-form"))).isEmpty();
        Browser.screenshot(browser, "dti-assessment-submitted");

        signIn("dti.hoidong");
        browser.get(url("/dti/periods/" + period.id() + "/council"));
        Browser.screenshot(browser, "dti-council");
        Browser.clickAndWait(browser, By.linkText("Sở Khoa học và Công nghệ thành phố Hải Phòng"));
        replace("#ind-NTS-01", () -> {
            var points = browser.findElement(By.cssSelector("#ind-NTS-01 input[name=points]"));
            points.clear();
            points.sendKeys("5");
            browser.findElement(By.cssSelector("#ind-NTS-01 input[name=comment]")).sendKeys("Văn bản phân công chưa có chữ ký");
            browser.findElement(By.cssSelector("#ind-NTS-01 .appraisal-form button")).click();
        });
        assertThat(text("#ind-NTS-01 .appraised")).isEqualTo("5");
        assertThat(text("#ind-NTS-01 .final")).isEqualTo("5");
        scrollTo("#ind-NTS-01");
        Browser.screenshot(browser, "dti-appraisal");
        browser.get(url("/dti/periods/" + period.id() + "/council"));
        Browser.clickAndWait(browser, By.id("publish"));
        assertThat(browser.getCurrentUrl()).endsWith("/dti/periods/" + period.id() + "/ranking");

        browser.manage().deleteAllCookies();
        browser.get(url("/dti"));
        Browser.clickAndWait(browser, By.linkText(period.title()));
        assertThat(browser.findElements(By.cssSelector("#ranking tbody tr"))).hasSize(4);
        assertThat(text("#ranking tbody tr:last-child .rank")).isEqualTo("—");
        assertThat(browser.findElements(By.cssSelector("#ranking .interval-bar"))).hasSize(3);
        new Select(browser.findElement(By.id("radar-unit"))).selectByValue(DtiFixtures.SCIENCE);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("unit=" + DtiFixtures.SCIENCE));
        waitForChart("#radar");
        waitForChart("#trends");
        Browser.screenshot(browser, "dti-ranking");
        scrollTo("#radar-section");
        Browser.screenshot(browser, "dti-radar");
        assertThat(browser.findElement(By.cssSelector("#radar svg")).isDisplayed()).isTrue();

        browser.get(url("/dti/province"));
        waitForChart("#gap-chart");
        waitForChart("#history-chart");
        assertThat(text("#province-rank")).isEqualTo("13/63");
        Browser.screenshot(browser, "dti-province");
        scrollTo(".charts");
        Browser.screenshot(browser, "dti-province-charts");
        scrollTo("#path-12");
        Browser.screenshot(browser, "dti-province-path");
    }

    private void answerAllBut(Period period, String... open) {
        var assessor = DtiFixtures.assessor(DtiFixtures.SCIENCE);
        for (Indicator indicator : frameworks.get(period.frameworkId()).framework().indicators()) {
            if (List.of(open).contains(indicator.code())) {
                continue;
            }
            var answer = assessments.answer(assessor, period.id(), DtiFixtures.SCIENCE, indicator.code(),
                    DtiFixtures.input(indicator, 0.8));
            if (answer.selfPoints().signum() > 0) {
                assessments.addLink(assessor, period.id(), DtiFixtures.SCIENCE, indicator.code(),
                        "https://khcn.haiphong.gov.vn/minh-chung/" + indicator.code());
            }
        }
    }

    private void importNationalTables() throws Exception {
        var admin = DtiFixtures.user("admin", Role.SYSTEM_ADMIN, "");
        for (int year = 2021; year <= 2023; year++) {
            try (InputStream in = new ClassPathResource("dti/national/dti-" + year + ".csv").getInputStream()) {
                tables.importTable(admin, new NationalTables.NewTable(year, "922-province", "Số liệu minh họa", true),
                        in.readAllBytes());
            }
        }
    }

    /** Fills in a row and saves it: htmx replaces the row. */
    private void saveRow(String indicator, Runnable fill) {
        replace("#ind-" + indicator, () -> {
            fill.run();
            browser.findElement(By.cssSelector("#ind-" + indicator + " button.save")).click();
        });
    }

    /** Does something that makes htmx replace the element, and waits for the new one. */
    private void replace(String selector, Runnable action) {
        WebElement before = browser.findElement(By.cssSelector(selector));
        action.run();
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(d -> Browser.replaced(before));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector)));
    }

    private void waitForChart(String selector) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector + " svg")));
    }

    private void scrollTo(String selector) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.findElement(By.cssSelector(selector)));
    }

    private String text(String selector) {
        return browser.findElement(By.cssSelector(selector)).getText().strip();
    }
}
