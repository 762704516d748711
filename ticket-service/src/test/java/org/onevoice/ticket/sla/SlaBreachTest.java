package org.onevoice.ticket.sla;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.SlaBreached;
import org.onevoice.events.v1.TicketEvent;
import org.onevoice.events.v1.TicketUpdated;
import org.onevoice.local.test.TestAccounts;
import org.onevoice.ticket.support.Api;
import org.onevoice.ticket.support.Contacts;
import org.onevoice.ticket.support.Kafka;

/** Every ticket gets due times; a missed one shows in the inbox and is published exactly once. */
@QuarkusTest
class SlaBreachTest {
    @Inject
    SlaWatch watch;

    @Test
    void aTicketPastItsDueTimesIsFlaggedAndEachBreachIsPublishedOnce() {
        String word = "overdue" + Contacts.uniqueId();
        // Friday 6 March 2026 16:30 Amsterdam: half an hour left that day, the rest from Monday 09:00.
        long ticket = Api.newTweetTicket("@Acme " + word, Instant.parse("2026-03-06T15:30:00Z"));
        given().get("/api/tickets/{id}", ticket).then()
                .body("ticket.firstResponseDueAt", equalTo("2026-03-09T08:30:00Z"))
                .body("ticket.resolutionDueAt", equalTo("2026-03-09T15:30:00Z"))
                .body("ticket.slaBreached", equalTo(true));
        given().queryParam("q", word).queryParam("slaBreached", true).get("/api/tickets")
                .then().body("items.id", contains((int) ticket));
        given().queryParam("q", word).queryParam("slaBreached", false).get("/api/tickets")
                .then().body("items", empty());

        await().until(() -> Kafka.ticketEventsUntil(ticket, e -> e instanceof SlaBreached b
                && b.target() == SlaBreached.Target.RESOLUTION).size() > 0);
        watch.check();
        watch.check();
        given().contentType(ContentType.JSON).body(Map.of("assignee", "marker", "version", Api.version(ticket)))
                .patch("/api/tickets/{id}", ticket).then().statusCode(200);

        List<TicketEvent> events = Kafka.ticketEventsUntil(ticket, e -> e instanceof TicketUpdated);
        assertEquals(List.of(SlaBreached.Target.FIRST_RESPONSE, SlaBreached.Target.RESOLUTION), events.stream()
                .filter(e -> e instanceof SlaBreached).map(e -> ((SlaBreached) e).target()).sorted().toList());
        given().auth().preemptive().basic(TestAccounts.OPS.user, TestAccounts.OPS.password).get("/q/metrics").then().body(containsString("onevoice_sla_breaches_total{channel=\"X\",target=\"RESOLUTION\"}"));
    }

    @Test
    void aNewTicketIsNotBreachedAndAHigherPriorityBringsItsDueTimeForward() {
        long ticket = Api.newTweetTicket("@Acme fresh", Instant.now());
        var before = Api.detail(ticket);
        given().queryParam("slaBreached", false).queryParam("limit", 200).get("/api/tickets")
                .then().body("items.id", hasItem((int) ticket));

        String dueBefore = before.getString("ticket.resolutionDueAt");
        String dueAfter = given().contentType(ContentType.JSON).body(Map.of("priority", "URGENT", "version", before.getLong("ticket.version")))
                .patch("/api/tickets/{id}", ticket).then().statusCode(200).extract().jsonPath().getString("resolutionDueAt");
        assertTrue(Instant.parse(dueAfter).isBefore(Instant.parse(dueBefore)),
                dueAfter + " should be before " + dueBefore);
    }
}
