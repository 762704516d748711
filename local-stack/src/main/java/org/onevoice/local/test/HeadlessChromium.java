package org.onevoice.local.test;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless browser from the distribution's Chromium and chromedriver (Debian packages
 * {@code chromium}, {@code chromium-driver}; other paths via {@code -Dchromium.binary},
 * {@code -Dchromedriver.binary}), started in a test's {@code @BeforeEach} and closed in its
 * {@code @AfterEach} with a screenshot of its last page in {@code target/}. Without the packages
 * the test is skipped with the reason, never failed. (Not a JUnit extension: a {@code @QuarkusTest}
 * runs its methods on another instance than the one JUnit registers extensions on.)
 */
public final class HeadlessChromium implements AutoCloseable {
    private final WebDriver browser;
    private final String name;

    private HeadlessChromium(WebDriver browser, String name) {
        this.browser = browser;
        this.name = name;
    }

    /** @param name what the screenshot in {@code target/} is called */
    public static HeadlessChromium start(String name) {
        File chromium = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
        Assumptions.assumeTrue(chromium.canExecute() && chromedriver.canExecute(), () -> "browser test skipped: needs "
                + chromium + " and " + chromedriver + " (apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions().setBinary(chromium)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1600");
        return new HeadlessChromium(new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build(), options), name);
    }

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
    public void close() throws IOException {
        try {
            Files.write(Path.of("target", name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }
}
