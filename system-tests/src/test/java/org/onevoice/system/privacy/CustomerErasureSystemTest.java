package org.onevoice.system.privacy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevoice.local.cli.ServiceStack;
import org.onevoice.local.smtp.SmtpSession;
import org.onevoice.local.test.PersonalDataScan;
import org.onevoice.system.support.SystemTest;

/**
 * The three packaged services: a customer tweets, mails and calls; an administrator erases them in
 * the ticket service, and the gateway and the monitor follow through Kafka until none of the
 * three databases holds anything of theirs, while the monitor's figures stay what they were.
 */
class CustomerErasureSystemTest extends SystemTest {
    private static final List<String> DATABASES = List.of("tickets", "gateway", "monitor");
    private static final String WORD = "zwaluwstaart" + System.nanoTime();
    private static final String HANDLE = "erika_vergeet";
    private static final String X_USER_ID = "7300000000000000101";
    private static final String EMAIL = "erika.vergeet@example.org";
    private static final String PHONE = "+31633334444";
    private static final List<String> NEEDLES = List.of(WORD, HANDLE, X_USER_ID, EMAIL, PHONE, "Vergeet");

    @Test
    void anErasedCustomerLeavesNoTraceInAnyServiceAndTheFiguresStay() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertAccepted(system.channels().tweet("1700000000000000999", X_USER_ID, HANDLE, "@Acme mijn pas " + WORD, now.minusSeconds(600)));
        long tweetTicket = awaitTickets("X").get(0);
        long customer = tickets().get("/api/tickets/{id}", tweetTicket).then().statusCode(200).extract().jsonPath().getLong("customer.id");
        link(customer, "EMAIL", EMAIL);
        link(customer, "PHONE", "06 3333 4444");
        mail(now.minusSeconds(300));
        assertAccepted(system.channels().callEvent("call-erika-1", "QUEUED", now.minusSeconds(120), "+31 6 33334444", "Pas " + WORD));
        awaitTickets("EMAIL");
        awaitTickets("CALL_CENTRE");
        Instant from = now.minus(Duration.ofHours(1));
        Instant to = now.plus(Duration.ofHours(1));
        // Counted is not settled: the mail and the call become repeats of the tweet only once the monitor applied the
        // ticket events that name their customer, which can come after the contacts themselves.
        Map<String, Object> figures = await().atMost(Duration.ofSeconds(60)).until(() -> stats(from, to),
                json -> List.of(1, 1, 1).equals(perChannel(json, "contacts")) && List.of(0, 1, 1).equals(perChannel(json, "repeatContacts")));
        for (String database : DATABASES) {
            assertFalse(scan(database).find(NEEDLES).isEmpty(), "before the erasure the " + database + " database knows the customer");
        }

        system.ticketsAsAdmin().delete("/api/customers/{id}", customer).then().statusCode(202);

        for (String database : DATABASES) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(List.of(), scan(database).find(NEEDLES), database));
        }
        tickets().get("/api/customers/{id}", customer).then().statusCode(404);
        assertEquals(figures, stats(from, to), "the monitor's figures are what they were");
    }

    private static List<?> perChannel(Map<String, Object> stats, String figure) {
        return ((List<?>) stats.get("channels")).stream().map(c -> ((Map<?, ?>) c).get(figure)).toList();
    }

    private void mail(Instant at) throws Exception {
        try (SmtpSession smtp = SmtpSession.open("localhost", system.smtpPort())) {
            assertEquals(250, smtp.send(EMAIL, """
                    From: Erika Vergeet <%s>\r
                    To: support@onevoice.local\r
                    Subject: Pas %s\r
                    Message-ID: <pas-erika-1@mail.example.org>\r
                    Date: %s\r
                    Content-Type: text/plain; charset=UTF-8\r
                    \r
                    Mijn pas %s is geblokkeerd. Kunt u helpen?\r
                    """.formatted(EMAIL, WORD, DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC)), WORD)));
        }
    }

    private static void assertAccepted(int status) {
        assertEquals(2, status / 100, "accepted: HTTP " + status);
    }

    private static PersonalDataScan scan(String database) {
        return PersonalDataScan.of(system.jdbcUrl(database));
    }

    private static Map<String, Object> stats(Instant from, Instant to) {
        return system.monitorAsOps().queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/channels/stats").then().statusCode(200).extract().jsonPath().getMap("$");
    }

    private static void link(long customer, String kind, String value) {
        tickets().contentType(ContentType.JSON).body(Map.of("kind", kind, "value", value))
                .post("/api/customers/{id}/identities", customer).then().statusCode(201);
    }

    private static List<Long> awaitTickets(String channel) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> tickets().queryParam("channel", channel)
                .get("/api/tickets").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class), ids -> !ids.isEmpty());
    }

    private static RequestSpecification tickets() {
        return system.ticketsAsAgent();
    }
}
