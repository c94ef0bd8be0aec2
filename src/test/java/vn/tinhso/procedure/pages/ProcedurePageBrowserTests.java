package vn.tinhso.procedure.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinhso.procedure.pages.TestCatalogue.TODAY;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tinhso.Browser;
import vn.tinhso.procedure.Field;
import vn.tinhso.procedure.ProcedureCode;
import vn.tinhso.BrowserJourney;
import vn.tinhso.procedure.Procedures;
import vn.tinhso.procedure.Publication;

/** A citizen opens a procedure's page in a real browser; an administrator opens the editor and the statistics. */
class ProcedurePageBrowserTests extends BrowserJourney {

    @Autowired
    Procedures procedures;

    @Test
    void aCitizenSeesTheOnlineButtonAndTheFee() throws Exception {
        procedures.addFields(List.of(new Field("PGTP", "Lý lịch tư pháp (thử)")));
        procedures.publish(new Publication(new ProcedureCode("9.304001"), TODAY.minusDays(1),
                TestCatalogue.criminalRecord("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam")), "tester");

        browser.get(url("/procedures/9.304001"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam");
        var apply = browser.findElement(By.linkText("Nộp hồ sơ trực tuyến"));
        assertThat(apply.isDisplayed()).isTrue();
        assertThat(apply.getAttribute("href")).endsWith("/dossiers/new?procedure=9.304001");
        assertThat(browser.findElement(By.id("fees")).getText()).contains("200.000 đồng");
        Browser.screenshot(browser, "procedure-page");

        signIn("quantri.tuphap");
        browser.get(url("/admin/procedures/9.304001/edit"));
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("name")).sendKeys("Cấp Phiếu lý lịch tư pháp (sửa đổi)");
        browser.findElement(By.cssSelector("input[name='fees[0].amount']")).clear();
        browser.findElement(By.cssSelector("input[name='fees[0].amount']")).sendKeys("-200");
        Browser.clickAndWait(browser, By.cssSelector(".form-actions button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".alert.error")).getText()).contains("chưa có gì được lưu");
        Browser.screenshot(browser, "procedure-editor-errors");
        browser.findElement(By.cssSelector("input[name='fees[0].amount']")).clear();
        browser.findElement(By.cssSelector("input[name='fees[0].amount']")).sendKeys("200.000");
        Browser.clickAndWait(browser, By.cssSelector(".form-actions button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".alert.ok")).getText()).contains("Đã lưu phiên bản 2");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cấp Phiếu lý lịch tư pháp (sửa đổi)");

        browser.get(url("/procedures/statistics"));
        assertThat(browser.findElement(By.id("total-level")).getText()).startsWith("Toàn tỉnh");
        Browser.screenshot(browser, "procedure-statistics");
    }
}
