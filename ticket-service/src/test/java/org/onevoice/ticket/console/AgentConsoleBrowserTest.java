package org.onevoice.ticket.console;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.Threading;
import org.onevoice.events.v1.TicketStatus;
import org.onevoice.events.v1.TicketStatusChanged;
import org.onevoice.local.test.HeadlessChromium;
import org.onevoice.local.test.TestAccounts;
import org.onevoice.ticket.support.Api;
import org.onevoice.ticket.support.Contacts;
import org.onevoice.ticket.support.Kafka;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An agent in a real (headless) Chromium logs in, finds the tickets of a tweet, an email and a call
 * carrying XSS payloads, sees the payloads as text, answers and sets a ticket to pending.
 */
@QuarkusTest
class AgentConsoleBrowserTest {
    private static final String XSS = "<img src=x onerror=\"window.__xss='img';document.title='pwned';alert(1)\">"
            + "<script>window.__xss='script';document.title='pwned'</script>";

    @TestHTTPResource("/")
    URL console;

    private HeadlessChromium chromium;
    private WebDriver browser;

    @BeforeEach
    void startBrowser() {
        chromium = HeadlessChromium.start("console-browser-test");
        browser = chromium.browser();
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anAgentAnswersATweetWhoseMarkupStaysText() {
        String marker = "xss" + Contacts.uniqueId();
        ContactReceived tweet = Contacts.tweet(Contacts.xUser("mallory"), "@Acme " + marker + " " + XSS, null,
                Instant.parse("2026-03-13T10:00:00Z"));
        Kafka.publish(tweet);
        long ticket = Api.awaitTicketWithMessage("X", tweet.body());

        logIn();
        chromium.on(By.id("f-q"), e -> e.sendKeys(marker));
        chromium.on(By.cssSelector("#filters button[type=submit]"), WebElement::click);
        chromium.on(By.cssSelector("#inbox li[data-ticket-id='" + ticket + "']"), WebElement::click);

        awaitText(By.cssSelector("#conversation li.INBOUND .body"), tweet.body());
        assertEquals(0, browser.findElements(By.cssSelector("#conversation img, #conversation script, #timeline img")).size());
        assertNull(script("return window.__xss === undefined ? null : window.__xss;"));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());

        String answer = "@mallory we are on it " + Contacts.uniqueId();
        chromium.on(By.id("reply-body"), e -> e.sendKeys(answer));
        assertEquals("X", script("return document.getElementById('reply-channel').value;"));
        chromium.on(By.id("reply-send"), WebElement::click);
        awaitText(By.cssSelector("#conversation li.OUTBOUND .body"), answer);
        awaitText(By.cssSelector("#conversation li.OUTBOUND .delivery"), "pending");

        chromium.on(By.id("t-status"), e -> new Select(e).selectByVisibleText("PENDING"));
        chromium.on(By.id("t-save"), WebElement::click);
        awaitText(By.cssSelector("#t-meta .badge"), "PENDING");

        List<?> replied = Kafka.awaitTicketEvents(e -> e instanceof AgentReplied r && r.ticketId() == ticket
                && r.body().equals(answer) && r.origin() == AgentReplied.Origin.ONEVOICE, 1);
        assertEquals(1, replied.size());
        Kafka.awaitTicketEvents(e -> e instanceof TicketStatusChanged c && c.ticketId() == ticket && c.to() == TicketStatus.PENDING, 1);
    }

    @Test
    void anAgentMergesADuplicateTweetIntoTheCustomersEarlierTicket() {
        String marker = "dup" + Contacts.uniqueId();
        var customer = Contacts.xUser("duplicator");
        ContactReceived first = Contacts.tweet(customer, "@Acme " + marker + " refund please", null, Instant.parse("2026-03-13T11:00:00Z"));
        ContactReceived again = Contacts.tweet(customer, "@Acme " + marker + " refund?!", null, Instant.parse("2026-03-13T11:05:00Z"));
        Kafka.publish(first, again);
        long target = Api.awaitTicketWithMessage("X", first.body());
        long duplicate = Api.awaitTicketWithMessage("X", again.body());

        logIn();
        chromium.on(By.id("f-q"), e -> e.sendKeys(marker));
        chromium.on(By.cssSelector("#filters button[type=submit]"), WebElement::click);
        chromium.on(By.cssSelector("#inbox li[data-ticket-id='" + duplicate + "']"), WebElement::click);
        chromium.on(By.id("t-merge-into"), e -> new Select(e).selectByValue(Long.toString(target)));
        chromium.on(By.id("t-merge-do"), WebElement::click);
        browser.switchTo().alert().accept();

        // The console opens the target, which now holds both tweets in the order they were written.
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> browser.findElements(
                By.cssSelector("#conversation li.INBOUND .body")).stream().map(WebElement::getText).toList(),
                bodies -> bodies.equals(List.of(first.body(), again.body())));
        assertEquals(target, Api.detail(duplicate).getLong("ticket.mergedInto"));
    }

    @Test
    void markupInAnEmailSubjectACallAndANoteStaysText() {
        String marker = "xss" + Contacts.uniqueId();
        Instant at = Instant.parse("2026-03-13T12:00:00Z");
        ContactReceived mail = Contacts.email(Contacts.email(), Contacts.randomMessageId(), marker + " " + XSS,
                "Hello " + marker, Threading.none(), at);
        ContactReceived call = Contacts.callQueued(Contacts.phone(), "call-" + marker, marker + " " + XSS, at.plusSeconds(60));
        Kafka.publish(mail, call);
        long mailTicket = Api.awaitTicketWithMessage("EMAIL", mail.body());
        long callTicket = Api.awaitTicketWithMessage("CALL_CENTRE", call.body());
        String note = marker + " note " + XSS;
        Api.addNote(callTicket, note);

        logIn();
        String title = browser.getTitle();
        chromium.on(By.id("f-q"), e -> e.sendKeys(marker));
        chromium.on(By.cssSelector("#filters button[type=submit]"), WebElement::click);
        awaitText(By.cssSelector("#inbox li[data-ticket-id='" + mailTicket + "'] .subject"), mail.subject());
        chromium.on(By.cssSelector("#inbox li[data-ticket-id='" + mailTicket + "']"), WebElement::click);
        awaitText(By.cssSelector("#conversation li.INBOUND .subject"), mail.subject());

        chromium.on(By.cssSelector("#inbox li[data-ticket-id='" + callTicket + "']"), WebElement::click);
        awaitText(By.cssSelector("#conversation li.INBOUND .body"), call.body());
        awaitText(By.cssSelector("#conversation li.NOTE .body"), note);

        assertEquals(0, browser.findElements(By.cssSelector("#inbox img, #inbox script, #ticket img, #ticket script")).size());
        assertNull(script("return window.__xss === undefined ? null : window.__xss;"));
        assertEquals(title, browser.getTitle());
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    }

    /** Opening the console without a session lands on the login form; logging in opens the console. */
    private void logIn() {
        browser.get(console.toString());
        chromium.on(By.id("username"), e -> e.sendKeys(TestAccounts.AGENT.user));
        chromium.on(By.id("password"), e -> e.sendKeys(TestAccounts.AGENT.password));
        chromium.on(By.id("login-submit"), WebElement::click);
        awaitText(By.id("user"), TestAccounts.AGENT.user);
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void awaitText(By locator, String text) {
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> browser.findElements(locator).stream().anyMatch(e -> e.getText().equals(text)));
    }
}
