package vn.tinhso;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tinhso.dossier.DossierTestProcedures;
import vn.tinhso.procedure.Procedures;

/** A citizen files a dossier online and an officer receives it; an officer registers a paper dossier at the desk. */
class DossierJourneyTests extends BrowserJourney {

    @Autowired
    Procedures procedures;

    @BeforeEach
    void procedures() {
        DossierTestProcedures.publish(procedures);
        browser.manage().deleteAllCookies();
    }

    @Test
    void aCitizenFilesOnlineAndTheOneStopOfficerReceivesIt() throws Exception {
        signIn("030095001234");
        browser.get(url("/dossiers/new?procedure=" + DossierTestProcedures.ONLINE));
        new Select(browser.findElement(By.id("agencyCode"))).selectByValue(DossierTestProcedures.COMMUNE);
        browser.findElement(By.id("email")).sendKeys("an.nguyen@example.vn");
        Path pdf = Files.createTempFile("to-khai", ".pdf");
        Files.write(pdf, DossierTestProcedures.PDF);
        browser.findElement(By.name("file-0")).sendKeys(pdf.toString());
        Browser.clickAndWait(browser, By.cssSelector("#filing-form button[type=submit]"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kiểm tra trước khi nộp");
        Browser.screenshot(browser, "dossier-review");
        Browser.clickAndWait(browser, By.cssSelector("#submit-dossier button"));

        assertThat(browser.findElement(By.cssSelector(".alert.ok")).getText()).startsWith("Đã nộp hồ sơ.");
        String code = browser.findElement(By.cssSelector(".dossier-code")).getText();
        assertThat(code).matches("525\\.00\\.00\\.H26-\\d{6}-\\d{4}");
        assertThat(browser.findElement(By.cssSelector(".badge.status")).getText()).isEqualTo("Mới đăng ký");
        Browser.screenshot(browser, "dossier-filed");

        browser.manage().deleteAllCookies();
        signIn("motcua.haiduong");
        browser.get(url("/desk"));
        Browser.clickAndWait(browser, By.linkText(code));
        Browser.clickAndWait(browser, By.id("accept"));
        assertThat(browser.findElement(By.cssSelector(".badge.status")).getText()).isEqualTo("Được tiếp nhận");
        assertThat(browser.findElement(By.cssSelector(".due")).getText()).matches("17:30 \\d{2}/\\d{2}/\\d{4}");
        Browser.screenshot(browser, "dossier-received");
    }

    @Test
    void anOfficerRegistersAPaperDossierAtTheDeskInAMinute() throws Exception {
        signIn("motcua.haiduong");
        browser.get(url("/desk"));
        new Select(browser.findElement(By.id("procedureCode"))).selectByValue(DossierTestProcedures.DESK_ONLY);
        browser.findElement(By.id("fullName")).sendKeys("Trần Thị Thu");
        browser.findElement(By.id("identityNumber")).sendKeys("031305123456");
        browser.findElement(By.id("phone")).sendKeys("0987654321");
        Browser.clickAndWait(browser, By.cssSelector("#desk-form button[type=submit]"));

        assertThat(browser.findElement(By.cssSelector(".alert.ok")).getText()).startsWith("Đã tiếp nhận hồ sơ");
        assertThat(browser.findElement(By.cssSelector(".badge.status")).getText()).isEqualTo("Được tiếp nhận");
        Browser.screenshot(browser, "dossier-desk");
    }
}
