package org.onevoice.system.consistency;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onevoice.local.cli.ServiceStack;
import org.onevoice.local.smtp.SmtpSession;
import org.onevoice.local.test.HeadlessChromium;
import org.onevoice.system.support.SystemTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * One voice before sending, through the whole system: the call centre told two callers that a new
 * card takes 3 business days (signed call-centre webhooks through the gateway, counted by the
 * monitor); an agent in a real headless Chromium answers a customer's mail on the same topic with
 * "10 business days". The composer holds the reply back with the monitor's warning and the call
 * centre's answer; once the agent corrects the draft, it goes out without a warning.
 */
class OneVoiceBeforeSendingTest extends SystemTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CALL_ANSWER = "Your new card arrives within 3 business days.";

    private HeadlessChromium chromium;

    @BeforeEach
    void startBrowser() {
        chromium = HeadlessChromium.start("one-voice-before-sending");
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aDraftThatContradictsTheCallCentreIsHeldBackWithTheWarningAndTheCorrectedOneIsSent() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String topic = "new-card-" + marker;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int call = 1; call <= 2; call++) {
            answeredCall("card-" + marker + "-" + call, "+31 6 5555 000" + call, now.minusSeconds(3600 - call * 600L), topic);
        }
        awaitMonitorKnowsAnswersOn(topic);
        long ticket = mailTicket(marker, now.minusSeconds(60));

        openTicketInConsole(marker, ticket);
        chromium.on(By.id("t-topic"), e -> {
            e.clear();
            e.sendKeys(topic);
        });
        chromium.on(By.id("t-save"), WebElement::click);
        await().atMost(WAIT).until(() -> topic.equals(system.ticketsAsAgent().get("/api/tickets/{id}", ticket).then()
                .extract().jsonPath().getString("ticket.topic")));

        String contradicting = "Dear customer, your new card arrives within 10 business days.";
        chromium.on(By.id("reply-body"), e -> e.sendKeys(contradicting));
        assertEquals("EMAIL", new Select(chromium.browser().findElement(By.id("reply-channel"))).getFirstSelectedOption().getAttribute("value"));
        chromium.on(By.id("reply-send"), WebElement::click);

        WebElement warning = chromium.shown(By.cssSelector("#reply-check.warn p.warning"), WAIT);
        assertTrue(warning.getText().contains("10 business days") && warning.getText().contains("3 business days"),
                "the warning names both durations: " + warning.getText());
        assertEquals(List.of(CALL_ANSWER), chromium.texts("#reply-check blockquote"), "the call centre's answer is shown beside it");
        assertEquals("Send anyway", chromium.browser().findElement(By.id("reply-send")).getText());
        assertEquals(List.of(), outboundBodies(ticket), "the contradicting reply was held back");

        String corrected = "Dear customer, your new card arrives within 3 business days.";
        chromium.on(By.id("reply-body"), e -> {
            e.clear();
            e.sendKeys(corrected);
        });
        chromium.on(By.id("reply-send"), WebElement::click);
        await().atMost(WAIT).until(() -> outboundBodies(ticket), bodies -> bodies.equals(List.of(corrected)));
        await().atMost(WAIT).ignoreExceptions().until(() -> chromium.texts("#conversation li.OUTBOUND .body"),
                bodies -> bodies.equals(List.of(corrected)));
        assertTrue(chromium.browser().findElements(By.cssSelector("#reply-check.warn p.warning")).stream().noneMatch(WebElement::isDisplayed),
                "no warning for the corrected reply");
    }

    /** A caller queues, an agent answers after 30 s and wraps the call up with the answer and the topic. */
    private static void answeredCall(String callId, String caller, Instant queuedAt, String topic) {
        assertAccepted(system.channels().callEvent(callId, "QUEUED", queuedAt, caller, "When does my new card arrive?"));
        assertAccepted(system.channels().callEvent(callId, "ANSWERED", queuedAt.plusSeconds(30), caller, null));
        assertAccepted(system.channels().callWrapUp(callId, queuedAt.plusSeconds(300), caller, CALL_ANSWER, topic));
    }

    private static void assertAccepted(int status) {
        assertEquals(2, status / 100, "accepted: HTTP " + status);
    }

    private static void awaitMonitorKnowsAnswersOn(String topic) {
        await().atMost(WAIT).until(() -> given().baseUri(system.url(ServiceStack.MONITOR))
                .header("Authorization", system.agentAuthorization()).contentType("application/json")
                .body("{\"topic\":\"" + topic + "\",\"channel\":\"EMAIL\",\"draft\":\"within 10 business days\"}")
                .post("/api/answers/check").then().statusCode(200).extract().jsonPath().getList("conflicts.fact", String.class), facts -> facts.equals(List.of("DURATION")));
    }

    private static long mailTicket(String marker, Instant sentAt) throws IOException {
        try (SmtpSession smtp = SmtpSession.open("localhost", system.smtpPort())) {
            assertEquals(250, smtp.send("noor@example.org", """
                    From: Noor Jansen <noor@example.org>\r
                    To: support@onevoice.local\r
                    Subject: New card %s\r
                    Message-ID: <card-%s@mail.example.org>\r
                    Date: %s\r
                    Content-Type: text/plain; charset=UTF-8\r
                    \r
                    My card was stolen and I ordered a new one. When will it arrive?\r
                    """.formatted(marker, marker, DateTimeFormatter.RFC_1123_DATE_TIME.format(sentAt.atZone(ZoneOffset.UTC)))));
        }
        return await().atMost(WAIT).until(() -> system.ticketsAsAgent().queryParam("q", marker).get("/api/tickets").then()
                .statusCode(200).extract().jsonPath().getList("items.id", Long.class), ids -> ids.size() == 1).get(0);
    }

    private void openTicketInConsole(String marker, long ticket) {
        chromium.browser().get(system.url(ServiceStack.TICKETS) + "/");
        chromium.on(By.id("username"), e -> e.sendKeys("agent"));
        chromium.on(By.id("password"), e -> e.sendKeys(system.agentPassword()));
        chromium.on(By.id("login-submit"), WebElement::click);
        chromium.shown(By.id("f-q"), WAIT);
        chromium.on(By.id("f-q"), e -> e.sendKeys(marker));
        chromium.on(By.cssSelector("#filters button[type=submit]"), WebElement::click);
        chromium.on(By.cssSelector("#inbox li[data-ticket-id='" + ticket + "']"), WebElement::click);
        chromium.shown(By.cssSelector("#conversation li.INBOUND .body"), WAIT);
    }

    private static List<String> outboundBodies(long ticket) {
        return system.ticketsAsAgent().get("/api/tickets/{id}", ticket).then().statusCode(200).extract().jsonPath()
                .getList("messages.findAll { it.direction == 'OUTBOUND' }.body", String.class);
    }
}
