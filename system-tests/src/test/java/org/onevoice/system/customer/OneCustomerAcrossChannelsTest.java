package org.onevoice.system.customer;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevoice.local.smtp.SmtpSession;
import org.onevoice.system.support.SystemTest;

/**
 * One customer, every channel, one inbox: after an agent links the customer's email address and
 * phone number to the X account a question came from, a mail and a call from them land on the
 * same customer as related tickets, and the agent's answer on X goes out exactly once.
 */
class OneCustomerAcrossChannelsTest extends SystemTest {
    @Test
    void aTweetAMailAndACallOfOneCustomerAreThreeRelatedTicketsAndTheAnswerGoesOutOnce() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String tweetId = "1700000000000000777";
        assertAccepted(system.channels().tweet(tweetId, "5151", "bram_nl", "Mijn pas is geblokkeerd, wat nu?", now.minusSeconds(600)));
        long tweetTicket = awaitTickets("X").get(0);
        long customer = tickets().get("/api/tickets/{id}", tweetTicket).then().statusCode(200).extract().jsonPath().getLong("customer.id");

        linkIdentity(customer, "EMAIL", "Bram.de.Vries@Example.org");
        linkIdentity(customer, "PHONE", "06 1111 2222");

        try (SmtpSession smtp = SmtpSession.open("localhost", system.smtpPort())) {
            assertEquals(250, smtp.send("bram.de.vries@example.org", """
                    From: Bram de Vries <bram.de.vries@example.org>\r
                    To: support@onevoice.local\r
                    Subject: Pas geblokkeerd\r
                    Message-ID: <pas-1@mail.example.org>\r
                    Date: %s\r
                    Content-Type: text/plain; charset=UTF-8\r
                    \r
                    Ik heb ook al getweet: mijn pas is geblokkeerd. Kunt u helpen?\r
                    """.formatted(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(now.minusSeconds(300)
                    .atZone(java.time.ZoneOffset.UTC)))));
        }
        assertAccepted(system.channels().callEvent("call-bram-1", "QUEUED", now.minusSeconds(120), "+31 6 11112222",
                "Pas geblokkeerd"));

        long mailTicket = awaitTickets("EMAIL").get(0);
        long callTicket = awaitTickets("CALL_CENTRE").get(0);
        JsonPath profile = tickets().get("/api/customers/{id}", customer).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(tweetTicket, mailTicket, callTicket), profile.getList("tickets.id", Long.class),
                "one customer with three tickets, oldest first");
        tickets().get("/api/tickets/{id}", callTicket).then().statusCode(200)
                .body("customer.id", equalTo((int) customer))
                .body("related.id", containsInAnyOrder((int) tweetTicket, (int) mailTicket));

        tickets().contentType(ContentType.JSON)
                .body("{\"body\":\"We hebben uw pas gedeblokkeerd.\",\"author\":\"ann\"}")
                .post("/api/tickets/{id}/replies", tweetTicket)
                .then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> tickets().get("/api/tickets/{id}", tweetTicket).then().extract()
                .jsonPath().getList("messages.deliveryState").contains("SENT"));
        assertEquals(1, system.xApi().postedTweets().size(), "the answer reached X exactly once");
        assertEquals(tweetId, JsonPath.from(system.xApi().postedTweets().get(0)).getString("reply.in_reply_to_tweet_id"));
    }

    private static void linkIdentity(long customer, String kind, String value) {
        tickets().contentType(ContentType.JSON)
                .body("{\"kind\":\"" + kind + "\",\"value\":\"" + value + "\"}")
                .post("/api/customers/{id}/identities", customer)
                .then().statusCode(201);
    }

    private static List<Long> awaitTickets(String channel) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> tickets().queryParam("channel", channel)
                .get("/api/tickets").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class), ids -> !ids.isEmpty());
    }

    private static void assertAccepted(int status) {
        assertEquals(2, status / 100, "accepted: HTTP " + status);
    }

    private static io.restassured.specification.RequestSpecification tickets() {
        return system.ticketsAsAgent();
    }
}
