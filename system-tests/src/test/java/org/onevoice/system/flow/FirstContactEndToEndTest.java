package org.onevoice.system.flow;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.system.support.Channels;
import org.onevoice.system.support.SystemTest;
import org.onevoice.system.support.TicketEvents;

/**
 * The first contact end to end, through the real protocols and the packaged services: a tweet and
 * a phone call arrive at the gateway, become tickets, an agent answers the tweet through the API,
 * the answer goes out to X once, and the monitor counts both channels' response times.
 */
class FirstContactEndToEndTest extends SystemTest {
    @Test
    void aTweetAndACallBecomeTicketsTheAgentAnswersAndTheMonitorCountsBoth() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Channels channels = system.channels();
        String tweetId = "1700000000000000001";

        assertAccepted(channels.tweet(tweetId, "4242", "anna_nl", "My debit card is blocked, can you help?", now.minusSeconds(30)));
        assertAccepted(channels.callEvent("call-e2e-1", "QUEUED", now.minusSeconds(120), "+31 20 123 4567", "Can I pay off my mortgage early?"));
        assertAccepted(channels.callEvent("call-e2e-1", "ANSWERED", now.minusSeconds(75), "+31 20 123 4567", null));

        long tweetTicket = awaitOnlyTicket("X");
        long callTicket = awaitOnlyTicket("CALL_CENTRE");
        // The answer is the call's second event: the ticket may be listed before it is applied.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> system.ticketsAsAgent().get("/api/tickets/{id}", callTicket)
                .then().statusCode(200)
                .body("customer.identities.value", contains("+31201234567"))
                .body("ticket.firstResponseAt", equalTo(now.minusSeconds(75).toString())));

        system.ticketsAsAgent().contentType(ContentType.JSON)
                .body("{\"body\":\"Sorry about that! Your card works again.\",\"author\":\"ann\"}")
                .post("/api/tickets/{id}/replies", tweetTicket)
                .then().statusCode(201);

        List<AgentReplied> replies = TicketEvents.await(system.kafkaBootstrapServers(), AgentReplied.class,
                r -> r.ticketId() == tweetTicket, 1);
        assertEquals(AgentReplied.Origin.ONEVOICE, replies.get(0).origin());
        assertEquals(tweetId, replies.get(0).inReplyTo());

        await().atMost(Duration.ofSeconds(30)).until(() -> !system.xApi().postedTweets().isEmpty());
        JsonPath posted = JsonPath.from(system.xApi().postedTweets().get(0));
        assertEquals(tweetId, posted.getString("reply.in_reply_to_tweet_id"));
        assertEquals("Sorry about that! Your card works again.", posted.getString("text"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath stats = system.monitorAsOps().get("/api/channels/stats").then().statusCode(200).extract().jsonPath();
            assertEquals(1, stats.getInt("channels.find { it.channel == 'CALL_CENTRE' }.contacts"));
            assertEquals(1, stats.getInt("channels.find { it.channel == 'CALL_CENTRE' }.answered"));
            assertEquals(45.0, stats.getDouble("channels.find { it.channel == 'CALL_CENTRE' }.medianFirstResponseSeconds"));
            assertEquals(1, stats.getInt("channels.find { it.channel == 'X' }.contacts"));
            assertEquals(1, stats.getInt("channels.find { it.channel == 'X' }.answered"));
            double xMedian = stats.getDouble("channels.find { it.channel == 'X' }.medianFirstResponseSeconds");
            assertTrue(xMedian >= 30 && xMedian < 300, "X first response counts from the tweet's own time: " + xMedian);
        });

        assertEquals(1, system.xApi().postedTweets().size(), "the answer went out to X exactly once");
        system.ticketsAsAgent().get("/api/tickets/{id}", tweetTicket).then()
                .body("messages.direction", contains("INBOUND", "OUTBOUND"))
                .body("ticket.status", equalTo("OPEN"));
    }

    private static void assertAccepted(int status) {
        assertTrue(status >= 200 && status < 300, "the gateway accepted the webhook: HTTP " + status);
    }

    private static long awaitOnlyTicket(String channel) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> system.ticketsAsAgent().queryParam("channel", channel)
                .get("/api/tickets").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class),
                ids -> ids.size() == 1).get(0);
    }
}
