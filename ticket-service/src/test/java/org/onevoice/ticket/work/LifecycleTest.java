package org.onevoice.ticket.work;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.InternalNoteAdded;
import org.onevoice.events.v1.TicketStatus;
import org.onevoice.events.v1.TicketStatusChanged;
import org.onevoice.ticket.support.Api;
import org.onevoice.ticket.support.Contacts;
import org.onevoice.ticket.support.Kafka;

/** NEW, OPEN, PENDING, RESOLVED, CLOSED: allowed moves, the customer reopening, internal notes. */
@QuarkusTest
class LifecycleTest {
    private static final Instant T0 = Instant.parse("2026-03-06T10:00:00Z");

    @Test
    void aCustomerMessageReopensAPendingTicketAndAClosedTicketStaysClosed() {
        var question = Contacts.tweet(Contacts.xUser("frank"), "@Acme refund? " + Contacts.uniqueId(), null, T0);
        Kafka.publish(question);
        long ticket = Api.awaitTicketWithMessage("X", question.body());

        setStatus(ticket, "PENDING").then().statusCode(200).body("status", equalTo("PENDING"));
        var more = Contacts.tweet(question.customer(), "@Acme here is my order number " + Contacts.uniqueId(),
                question.channelMessageId(), T0.plusSeconds(60));
        Kafka.publish(more);
        await().untilAsserted(() -> given().get("/api/tickets/{id}", ticket).then().body("ticket.status", equalTo("OPEN")));

        setStatus(ticket, "RESOLVED").then().statusCode(200).body("resolvedAt", notNullValue());
        setStatus(ticket, "CLOSED").then().statusCode(200);
        setStatus(ticket, "OPEN").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("a CLOSED ticket cannot become OPEN"));

        var reopened = Kafka.ticketEventsUntil(ticket, e -> e instanceof TicketStatusChanged c && c.to() == TicketStatus.CLOSED);
        assertTrue(reopened.stream().anyMatch(e -> e instanceof TicketStatusChanged c
                && c.from() == TicketStatus.PENDING && c.to() == TicketStatus.OPEN && c.changedBy().equals("customer")));
    }

    @Test
    void reopeningAResolvedTicketClearsItsResolutionTime() {
        long ticket = Api.newTweetTicket("@Acme question", T0);
        setStatus(ticket, "RESOLVED").then().statusCode(200).body("resolvedAt", notNullValue());
        setStatus(ticket, "OPEN").then().statusCode(200).body("resolvedAt", nullValue());
    }

    @Test
    void anInternalNoteIsShownToAgentsAndPublishedWithoutItsText() {
        long ticket = Api.newTweetTicket("@Acme note me", T0);
        long note = given().contentType(ContentType.JSON).body(Map.of("author", "dorit", "body", "VIP customer, call back"))
                .post("/api/tickets/{id}/notes", ticket)
                .then().statusCode(201).body("direction", equalTo("NOTE")).extract().jsonPath().getLong("id");

        given().get("/api/tickets/{id}", ticket).then().body("messages.body", hasItem("VIP customer, call back"));
        var events = Kafka.ticketEventsUntil(ticket, e -> e instanceof InternalNoteAdded n && n.noteId() == note);
        assertEquals("dorit", ((InternalNoteAdded) events.get(events.size() - 1)).author());
        given().contentType(ContentType.JSON).body(Map.of("author", "dorit", "body", " "))
                .post("/api/tickets/{id}/notes", ticket)
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static Response setStatus(long ticket, String status) {
        return given().contentType(ContentType.JSON).body(Map.of("status", status, "version", Api.version(ticket), "by", "dorit"))
                .patch("/api/tickets/{id}", ticket);
    }
}
