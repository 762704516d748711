package org.onevoice.ticket.consistency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevoice.local.test.TestAccounts;
import org.onevoice.ticket.support.Api;

/**
 * The reply composer's check goes to the consistency monitor over HTTP (a stand-in server here)
 * with the ticket's topic, the reply channel and the draft, and comes back as readable warnings;
 * without the monitor the check is unavailable and says so.
 */
@QuarkusTest
@QuarkusTestResource(MonitorStandIn.class)
class ReplyCheckTest {
    private static final Instant T0 = Instant.parse("2026-03-18T10:00:00Z");

    @Test
    void aConflictingDraftComesBackAsAWarningWithThePrevailingAnswer() throws Exception {
        long ticket = ticketWithTopic("refunds");
        MonitorStandIn.answerWith("""
                {"topic": "refunds", "channel": "X",
                 "facts": [{"kind": "DURATION", "value": "10 business days", "text": "10 business days"}],
                 "conflicts": [{"fact": "DURATION", "draftValue": "10 business days", "prevailingValue": "3 business days",
                                "statedBy": 4, "channels": ["EMAIL", "CALL_CENTRE"]}],
                 "prevailingAnswer": {"eventId": "e1", "topic": "refunds", "channel": "EMAIL", "ticketId": 12,
                                      "body": "Uw terugbetaling volgt binnen 3 werkdagen.", "answeredAt": "2026-03-17T09:00:00Z"}}""");
        MonitorStandIn.REQUESTS.clear();

        check(ticket, "Your refund arrives within 10 business days.").then().statusCode(200)
                .body("status", equalTo("CHECKED"))
                .body("topic", equalTo("refunds"))
                .body("channel", equalTo("X"))
                .body("conflicts.prevailingValue", contains("3 business days"))
                .body("warnings", contains(
                        "This reply says 10 business days (duration) where 4 answers on EMAIL, CALL_CENTRE said 3 business days."))
                .body("prevailingAnswer.body", equalTo("Uw terugbetaling volgt binnen 3 werkdagen."))
                .body("prevailingAnswer.ticketId", equalTo(12));

        assertEquals(1, MonitorStandIn.REQUESTS.size());
        String request = MonitorStandIn.REQUESTS.get(0);
        assertEquals("POST application/json " + TestAccounts.AGENT.basicAuthorization() + " ", request.substring(0, request.indexOf('{')),
                "the monitor is asked as the agent account");
        JsonNode sent = new ObjectMapper().readTree(request.substring(request.indexOf('{')));
        assertEquals("refunds", sent.get("topic").asText());
        assertEquals("X", sent.get("channel").asText());
        assertEquals("Your refund arrives within 10 business days.", sent.get("draft").asText());
    }

    @Test
    void aConsistentDraftHasNoWarning() {
        long ticket = ticketWithTopic("refunds");
        MonitorStandIn.answerWith("{\"topic\": \"refunds\", \"channel\": \"X\", \"facts\": [], \"conflicts\": [], \"prevailingAnswer\": null}");

        check(ticket, "Your refund arrives within 3 business days.").then().statusCode(200)
                .body("status", equalTo("CHECKED"))
                .body("warnings", empty())
                .body("prevailingAnswer", nullValue());
    }

    @Test
    void withoutTheMonitorTheCheckIsUnavailableAndTheReplyCanStillBeSent() {
        long ticket = ticketWithTopic("refunds");
        MonitorStandIn.down();
        try {
            check(ticket, "Your refund arrives within 3 business days.").then().statusCode(200)
                    .body("status", equalTo("UNAVAILABLE"))
                    .body("warnings", empty())
                    .body("note", equalTo("The consistency check is unavailable right now; the reply can still be sent."));
            given().contentType(ContentType.JSON).body(Map.of("body", "Your refund arrives within 3 business days.", "author", "Dorit"))
                    .post("/api/tickets/{id}/replies", ticket).then().statusCode(201);
        } finally {
            MonitorStandIn.up();
        }
    }

    @Test
    void aTicketWithoutTopicIsNotSentToTheMonitorAndBadRequestsGetAReason() {
        long ticket = Api.newTweetTicket("@Acme where is my refund", T0);
        MonitorStandIn.REQUESTS.clear();
        check(ticket, "Within 3 business days.").then().statusCode(200).body("status", equalTo("NO_TOPIC"));
        assertEquals(0, MonitorStandIn.REQUESTS.size());

        given().contentType(ContentType.JSON).body(Map.of("draft", " ")).post("/api/tickets/{id}/replies/check", ticket)
                .then().statusCode(400).contentType("application/problem+json");
        check(Long.MAX_VALUE, "Within 3 business days.").then().statusCode(404).contentType("application/problem+json");
    }

    private static long ticketWithTopic(String topic) {
        long ticket = Api.newTweetTicket("@Acme where is my refund", T0);
        String etag = given().get("/api/tickets/{id}", ticket).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("topic", topic, "by", "dorit"))
                .patch("/api/tickets/{id}", ticket).then().statusCode(200);
        return ticket;
    }

    private static Response check(long ticket, String draft) {
        return given().contentType(ContentType.JSON).body(Map.of("draft", draft)).post("/api/tickets/{id}/replies/check", ticket);
    }
}
