package org.onevoice.monitor.dashboard;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.local.test.HeadlessChromium;
import org.onevoice.local.test.TestAccounts;
import org.onevoice.monitor.support.Conversations;
import org.onevoice.monitor.support.Events;
import org.onevoice.monitor.support.Kafka;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An ops manager in a real (headless) Chromium keeps the dashboard open while contacts arrive: the
 * gap alert arrives in the live feed, the per-channel figures and the gap matrix show the topic,
 * and the divergence view puts the contradicting answers side by side, their markup as text.
 */
@QuarkusTest
class DashboardBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Instant T = Instant.parse("2026-04-21T08:00:00Z");
    private static final String MARKUP = "<img src=x onerror=\"window.__xss=1\">";

    @TestHTTPResource("/")
    URL dashboard;

    private HeadlessChromium chromium;
    private WebDriver browser;

    @BeforeEach
    void startBrowser() {
        chromium = HeadlessChromium.start("dashboard-browser-test");
        browser = chromium.browser();
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void liveGapAlertFiguresGapMatrixAndDivergingAnswersSideBySide() {
        String topic = "card-" + Events.uniqueId();
        logInAsOps();
        chromium.shown(By.cssSelector("#live.on"), Duration.ofSeconds(20));

        // X answers the topic in about 10 minutes, the call centre in about 2: a gap of about 5.
        Kafka.publish(Conversations.answeredTweets(topic, T, Conversations.steps(500, 10, 20)));
        Kafka.publish(Conversations.answeredCalls(topic, T, Conversations.steps(30, 10, 20)));
        // And they contradict each other on how long a new card takes.
        ContactReceived tweet = Events.tweet(Events.xUser(), T.plusSeconds(3000), topic);
        ContactReceived mail = Events.email(Events.email(), T.plusSeconds(3000), topic);
        long mailTicket = Events.ticketId();
        String xAnswer = "@klant Je nieuwe pas is binnen 3 werkdagen in huis.";
        String mailAnswer = "Your new card arrives within 10 business days. " + MARKUP;
        Kafka.publish(tweet, Events.brandReply(tweet, T.plusSeconds(3600), xAnswer), mail);
        Kafka.publish(Events.ticketOpened(mailTicket, mail, topic),
                Events.agentReplied(mailTicket, Channel.EMAIL, T.plusSeconds(7200), mailAnswer));

        // Both alerts reach the open page through the live stream, not a reload.
        chromium.shown(By.xpath("//ul[@id='alerts']/li[contains(., 'RESPONSE_TIME_GAP') and contains(., \"X answers '" + topic + "'\")]"), WAIT);
        chromium.shown(By.xpath("//ul[@id='alerts']/li[contains(., 'ANSWER_DIVERGENCE') and contains(., \"'" + topic + "'\")]"), WAIT);

        By divergence = By.xpath("//div[@id='divergences']/article[contains(h3, \"'" + topic + "'\")]");
        chromium.shown(divergence, WAIT);
        // Live updates may render the list again between finding the article and reading it: read it whole, again if so.
        chromium.on(divergence, article -> {
            List<String> sides = article.findElements(By.cssSelector("table.side-by-side th")).stream().map(WebElement::getText).toList();
            assertEquals(List.of("X: DURATION 3 business days", "EMAIL: DURATION 10 business days"), sides);
            List<String> answers = article.findElements(By.cssSelector("table.side-by-side td blockquote")).stream().map(WebElement::getText).toList();
            assertEquals(List.of(xAnswer, mailAnswer), answers);
            assertTrue(article.getText().contains("ticket OV-" + mailTicket), article.getText());
        });
        assertEquals(0, browser.findElements(By.cssSelector("#divergences img, #alerts img")).size());
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__xss === undefined ? null : window.__xss;"));

        // The topic over all time: per-channel figures and the gap matrix.
        chromium.on(By.name("window"), e -> new Select(e).selectByValue(""));
        chromium.on(By.name("topic"), e -> {
            e.clear();
            e.sendKeys(topic);
        });
        chromium.on(By.cssSelector("#filter button[type=submit]"), WebElement::click);
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            assertEquals(List.of("X", "EMAIL", "CALL_CENTRE"), chromium.texts("#channels tbody td:nth-child(1)"));
            assertEquals(List.of("21", "1", "20"), chromium.texts("#channels tbody td:nth-child(2)"));
            assertEquals(List.of("21", "1", "20"), chromium.texts("#channels tbody td:nth-child(3)"));
        });
        chromium.on(By.cssSelector("#gaps tbody tr:nth-child(1) td:nth-child(4)"), xOverCalls -> {
            assertTrue(xOverCalls.getAttribute("class").contains("gap-high"), xOverCalls.getAttribute("class"));
            assertTrue(xOverCalls.getText().matches("\\d+\\.\\d×"), xOverCalls.getText());
        });
    }

    /** Opening the dashboard without a session lands on the login form; logging in as ops opens it. */
    private void logInAsOps() {
        browser.get(dashboard.toString());
        chromium.on(By.id("username"), e -> e.sendKeys(TestAccounts.OPS.user));
        chromium.on(By.id("password"), e -> e.sendKeys(TestAccounts.OPS.password));
        chromium.on(By.id("login-submit"), WebElement::click);
        chromium.shown(By.xpath("//span[@id='user' and text()='" + TestAccounts.OPS.user + "']"), Duration.ofSeconds(20));
    }
}
