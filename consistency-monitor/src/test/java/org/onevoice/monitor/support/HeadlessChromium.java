package org.onevoice.monitor.support;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The distribution's Chromium and chromedriver (Debian packages {@code chromium},
 * {@code chromium-driver}; other paths via {@code -Dchromium.binary}, {@code -Dchromedriver.binary}),
 * one headless browser per test, and a screenshot of its last page in {@code target/} after it.
 * Without the packages the test is skipped with the reason, never failed.
 */
public final class HeadlessChromium implements BeforeEachCallback, AfterEachCallback {
    private final File chromium = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private final File chromedriver = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    private WebDriver browser;

    public WebDriver browser() {
        return browser;
    }

    /** Waits up to {@code within} until {@code locator} finds a displayed element, and returns it. */
    public WebElement shown(By locator, Duration within) {
        return await().atMost(within).ignoreExceptions().until(() -> browser.findElement(locator), WebElement::isDisplayed);
    }

    /**
     * Does {@code action} to what {@code locator} finds. Live updates re-render parts of the page at
     * any moment and make a found element stale, so it is found again until the action went through.
     */
    public void on(By locator, Consumer<WebElement> action) {
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> action.accept(browser.findElement(locator)));
    }

    /** The texts of the elements {@code css} finds, in page order. */
    public List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(chromium.canExecute() && chromedriver.canExecute(), () -> "browser test skipped: needs "
                + chromium + " and " + chromedriver + " (apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions().setBinary(chromium)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1600");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build(), options);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (browser == null) {
            return;
        }
        try {
            Path shot = Path.of("target", context.getRequiredTestClass().getSimpleName() + ".png");
            Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
            browser = null;
        }
    }
}
