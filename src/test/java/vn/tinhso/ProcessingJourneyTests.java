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
import vn.tinhso.dossier.signing.ResultSigner;
import vn.tinhso.procedure.Procedures;

/**
 * One dossier from filing to a signed result, in a real browser: the citizen files online; the department's officer
 * accepts it, forwards it and asks for a missing paper (the clock stops); the citizen uploads it; the officer
 * submits it; the leader approves and the result is signed; the officer returns it online; the citizen downloads it,
 * checks it on the public verification page (a modified copy fails) and rates the service.
 */
class ProcessingJourneyTests extends BrowserJourney {

    @Autowired
    Procedures procedures;
    @Autowired
    ResultSigner signer;

    @BeforeEach
    void procedures() {
        DossierTestProcedures.publish(procedures);
    }

    @Test
    void supplementProcessingApprovalSignedResultDownloadAndRating() throws Exception {
        Path pdf = Files.createTempFile("giay-to", ".pdf");
        Files.write(pdf, DossierTestProcedures.PDF);

        signIn("030095001234");
        browser.get(url("/dossiers/new?procedure=" + DossierTestProcedures.PROVINCIAL));
        new Select(browser.findElement(By.id("agencyCode"))).selectByValue(DossierTestProcedures.JUSTICE);
        browser.findElement(By.name("file-0")).sendKeys(pdf.toString());
        Browser.clickAndWait(browser, By.cssSelector("#filing-form button[type=submit]"));
        Browser.clickAndWait(browser, By.cssSelector("#submit-dossier button"));
        String code = browser.findElement(By.cssSelector(".dossier-code")).getText();

        signIn("chuyenvien.tuphap");
        browser.get(url("/workspace?queue=NEW"));
        Browser.clickAndWait(browser, By.linkText(code));
        Browser.clickAndWait(browser, By.id("accept"));
        Browser.clickAndWait(browser, By.id("action-forward"));
        assertThat(browser.findElement(By.id("current-step")).getText()).isEqualTo("Chuyên viên đang xử lý");
        browser.findElement(By.cssSelector("details:has(#processing-missing) summary")).click();
        browser.findElement(By.id("processing-missing")).sendKeys("Bản sao giấy khai sinh");
        Browser.clickAndWait(browser, By.id("request-supplement"));
        assertThat(status()).isEqualTo("Yêu cầu bổ sung giấy tờ");
        Browser.screenshot(browser, "processing-supplement-requested");

        signIn("030095001234");
        browser.get(url("/dossiers/" + code));
        assertThat(browser.findElement(By.cssSelector(".note")).getText()).contains("Bản sao giấy khai sinh");
        browser.findElement(By.cssSelector("#supplement-form input[name=file-0]")).sendKeys(pdf.toString());
        Browser.clickAndWait(browser, By.cssSelector("#supplement-form button[type=submit]"));
        assertThat(status()).isEqualTo("Đang xử lý");

        signIn("chuyenvien.tuphap");
        browser.get(url("/workspace?queue=PROCESS"));
        Browser.clickAndWait(browser, By.linkText(code));
        browser.findElement(By.cssSelector("form:has(#action-submit) textarea")).sendKeys("Đủ điều kiện cấp phiếu");
        Browser.clickAndWait(browser, By.id("action-submit"));
        assertThat(browser.findElement(By.id("current-step")).getText()).isEqualTo("Chờ lãnh đạo phê duyệt");

        signIn("lanhdao.tuphap");
        browser.get(url("/workspace?queue=APPROVAL"));
        Browser.screenshot(browser, "processing-workspace-approval");
        Browser.clickAndWait(browser, By.linkText(code));
        Browser.clickAndWait(browser, By.id("action-approve"));
        assertThat(status()).isEqualTo("Đã xử lý xong");
        assertThat(browser.findElement(By.id("result")).getText()).contains("ký số");
        Browser.screenshot(browser, "processing-approved");

        signIn("chuyenvien.tuphap");
        browser.get(url("/dossiers/" + code));
        new Select(browser.findElement(By.id("return-method"))).selectByValue("ONLINE");
        Browser.clickAndWait(browser, By.id("return-result"));
        assertThat(status()).isEqualTo("Đã trả kết quả");

        signIn("030095001234");
        browser.get(url("/dossiers/" + code));
        String link = browser.findElement(By.id("download-result")).getAttribute("href");
        byte[] result = Browser.download(browser, link);
        assertThat(signer.verify(result).valid()).isTrue();
        Path signed = Files.write(Files.createTempFile("ket-qua", ".pdf"), result);
        byte[] modified = result.clone();
        modified[modified.length / 3] ^= 0x20;
        Path tampered = Files.write(Files.createTempFile("ket-qua-sua", ".pdf"), modified);

        browser.get(url("/verify"));
        browser.findElement(By.cssSelector("#verify-form input[type=file]")).sendKeys(signed.toString());
        Browser.clickAndWait(browser, By.cssSelector("#verify-form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("#verify-result .alert.ok")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("verify-result")).getText()).contains("Sở Tư pháp thành phố Hải Phòng");
        Browser.screenshot(browser, "processing-verified");
        browser.get(url("/verify"));
        browser.findElement(By.cssSelector("#verify-form input[type=file]")).sendKeys(tampered.toString());
        Browser.clickAndWait(browser, By.cssSelector("#verify-form button[type=submit]"));
        assertThat(browser.findElements(By.cssSelector("#verify-result .alert.error"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#verify-result .alert.ok"))).isEmpty();
        Browser.screenshot(browser, "processing-tampered");

        browser.get(url("/dossiers/" + code));
        browser.findElement(By.id("rating-VERY_SATISFIED")).click();
        Browser.clickAndWait(browser, By.id("rate"));
        assertThat(browser.findElement(By.id("satisfaction")).getText()).contains("Rất hài lòng");
        Browser.screenshot(browser, "processing-rated");
    }

    private String status() {
        return browser.findElement(By.cssSelector(".badge.status")).getText();
    }
}
