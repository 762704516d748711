package org.onevoice.ticket.reply;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.ticket.support.Api;
import org.onevoice.ticket.support.Kafka;
import org.onevoice.ticket.support.Replies;

/** A client that lost the answer to its reply request can send it again without answering the customer twice. */
@QuarkusTest
class ReplyIdempotencyTest {
    private static final Instant T0 = Instant.parse("2026-03-18T09:00:00Z");

    @Test
    void aRepeatedRequestWithTheSameKeyReturnsTheFirstReplyAndPublishesOneEvent() {
        long ticket = Api.newTweetTicket("@Acme where is my parcel", T0);
        String key = UUID.randomUUID().toString();

        long first = send(ticket, key, "It arrives tomorrow").then().statusCode(201).extract().jsonPath().getLong("id");
        long again = send(ticket, key, "It arrives tomorrow").then().statusCode(200).extract().jsonPath().getLong("id");
        long marker = Replies.reply(ticket, "One more thing");

        assertEquals(first, again);
        List<?> events = Kafka.ticketEventsUntil(ticket, e -> e instanceof AgentReplied r && r.replyId() == marker);
        long published = events.stream().filter(e -> e instanceof AgentReplied r && r.replyId() == first).count();
        assertEquals(1, published, "one AgentReplied for the reply sent twice");
        assertEquals(2, Api.detail(ticket).getList("messages.findAll { it.direction == 'OUTBOUND' }").size());
    }

    @Test
    void aKeyReusedForADifferentReplyIsRefusedWithAReason() {
        long ticket = Api.newTweetTicket("@Acme my order is wrong", T0);
        String key = UUID.randomUUID().toString();
        send(ticket, key, "We will send the right one").then().statusCode(201);

        send(ticket, key, "Something else entirely").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("already used for a different reply"));
    }

    private static Response send(long ticket, String key, String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("body", body, "author", "Dorit"))
                .post("/api/tickets/{id}/replies", ticket);
    }
}
