package vn.tinhso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Journeys through a real browser and raw HTTP against the platform on a real port. */
class SignInJourneyTests extends BrowserJourney {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");


    @Test
    void aDemoOfficerSignsInFromTheHomePageAndSeesTheirAgency() throws Exception {
        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cổng dịch vụ công và chuyển đổi số");
        Browser.clickAndWait(browser, By.linkText("Đăng nhập"));
        browser.findElement(By.id("username")).sendKeys("motcua.haiduong");
        browser.findElement(By.id("password")).sendKeys("Tinhso@2025");
        Browser.clickAndWait(browser, By.cssSelector("#sign-in button[type=submit]"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Xin chào, Trần Văn Bình");
        assertThat(browser.findElement(By.cssSelector(".agency-name")).getText())
                .isEqualTo("Bộ phận Một cửa Phường Hải Dương (525.01.00.H26)");
        Browser.screenshot(browser, "officer-account");

        Browser.clickAndWait(browser, By.cssSelector("form[action='/sign-out'] button"));
        assertThat(browser.findElement(By.linkText("Đăng nhập")).isDisplayed()).isTrue();
    }

    @Test
    void aWrongPasswordIsExplainedInVietnamese() throws Exception {
        browser.get(url("/sign-in"));
        browser.findElement(By.id("username")).sendKeys("motcua.hp");
        browser.findElement(By.id("password")).sendKeys("sai-mat-khau");
        Browser.clickAndWait(browser, By.cssSelector("#sign-in button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".alert.error")).getText())
                .startsWith("Tên đăng nhập hoặc mật khẩu không đúng");
        Browser.screenshot(browser, "sign-in-failed");
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        var page = http.send(HttpRequest.newBuilder(URI.create(url("/sign-in"))).build(), HttpResponse.BodyHandlers.ofString());
        String before = sessionCookie(http);
        var matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).isTrue();
        var signIn = http.send(form("/sign-in", "username=lanhdao.tuphap&password=Tinhso%402025&_csrf=" + matcher.group(1)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/account"));
        assertThat(sessionCookie(http)).isNotEqualTo(before);
    }

    @Test
    void aForgedCsrfTokenIsRefusedWithAVietnamesePage() throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        http.send(HttpRequest.newBuilder(URI.create(url("/sign-in"))).build(), HttpResponse.BodyHandlers.ofString());
        var forged = http.send(form("/sign-in", "username=admin&password=x&_csrf=forged"), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Bạn không có quyền thực hiện thao tác này").doesNotContain("Exception");
    }

    /** Tomcat answers and closes the connection before the whole body is sent, so this talks raw HTTP. */
    @Test
    void anOversizedUploadIsRefusedWithoutAStackTrace() throws Exception {
        String boundary = "tinhso-boundary";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        long length = head.length() + 70L * 1024 * 1024;
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            out.write(("POST /register HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary="
                    + boundary + "\r\nContent-Length: " + length + "\r\n\r\n" + head).getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[64 * 1024];
            try {
                for (long sent = 0; sent < 70L * 1024 * 1024; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (java.io.IOException closedByServer) {
                // expected: the server refuses to read the rest
            }
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 4");
            assertThat(response).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    private HttpRequest form(String path, String body) {
        return HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String sessionCookie(HttpClient http) {
        var cookies = ((java.net.CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies();
        return cookies.stream().filter(cookie -> cookie.getName().equals("JSESSIONID")).findFirst()
                .map(java.net.HttpCookie::getValue).orElse("");
    }
}
