package vn.tinhso;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey through the platform in a real browser, on a real port: one Chromium per test class, opened before its
 * first test and closed after its last.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserJourney {

    protected static ChromeDriver browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** {@code http://localhost:<port>} */
    protected String base() {
        return "http://localhost:" + port;
    }

    protected String url(String path) {
        return base() + path;
    }

    /** Signs a demo account in, after signing out whoever was signed in. */
    protected void signIn(String username) {
        Browser.signIn(browser, base(), username);
    }
}
