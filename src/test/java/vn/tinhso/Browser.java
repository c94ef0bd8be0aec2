package vn.tinhso;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the driver given explicitly so Selenium Manager never
 * goes to the internet. Without Chromium, browser tests are skipped on a developer machine and fail in CI.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("CI must run the browser tests: install chromium and chromium-driver (see .ci/run)");
        }
        assumeTrue(installed, "Chromium is not installed: apt-get install chromium chromium-driver");
        Path profile = Files.createTempDirectory("tinhso-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=vi");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /** Clicks something that loads a new page, and waits until the new page has replaced the old one. */
    public static void clickAndWait(ChromeDriver driver, By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> replaced(page));
    }

    /**
     * Whether the old page is gone. Chromium answers for an element of a page being replaced either "stale" or, caught
     * halfway, "Node with given id does not belong to the document": both mean the same.
     */
    public static boolean replaced(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException halfway) {
            if (String.valueOf(halfway.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw halfway;
        }
    }

    /** Keeps a screenshot under {@code target/screenshots/} for people to look at. */
    public static Path screenshot(ChromeDriver driver, String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        return Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Signs a demo account in through the sign-in page (the demo password). */
    public static void signIn(ChromeDriver driver, String baseUrl, String username) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/sign-in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(SignIn.DEMO_PASSWORD);
        clickAndWait(driver, By.cssSelector("#sign-in button[type=submit]"));
    }

    /** Downloads what a link points to with the browser's session, as the browser would. */
    public static byte[] download(ChromeDriver driver, String url) throws IOException, InterruptedException {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Cookie", "JSESSIONID=" + cookie.getValue()).GET().build();
        var response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + response.statusCode());
        }
        return response.body();
    }
}
