package org.onevoice.ticket.work;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.TicketPriority;
import org.onevoice.events.v1.TicketUpdated;
import org.onevoice.ticket.support.Api;
import org.onevoice.ticket.support.Kafka;

/** Two agents editing the same ticket: the second one, working on a stale copy, gets a conflict. */
@QuarkusTest
class OptimisticLockingTest {

    @Test
    void aStaleVersionGets409AndTheFirstChangeIsKeptAndPublished() {
        long ticket = Api.newTweetTicket("@Acme app crashes", Instant.parse("2026-03-05T10:00:00Z"));
        String etag = given().get("/api/tickets/{id}", ticket).then().statusCode(200).extract().header("ETag");

        String newEtag = given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("assignee", "dorit", "priority", "URGENT", "tags", List.of("App ", "crash"), "by", "dorit"))
                .patch("/api/tickets/{id}", ticket)
                .then().statusCode(200)
                .body("assignee", equalTo("dorit"))
                .body("priority", equalTo("URGENT"))
                .body("tags", contains("app", "crash"))
                .header("ETag", not(equalTo(etag)))
                .extract().header("ETag");

        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("assignee", "kees", "by", "kees"))
                .patch("/api/tickets/{id}", ticket)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("changed by someone else"));

        given().get("/api/tickets/{id}", ticket).then().header("ETag", equalTo(newEtag)).body("ticket.assignee", equalTo("dorit"));
        var updates = Kafka.ticketEventsUntil(ticket, e -> e instanceof TicketUpdated);
        TicketUpdated update = (TicketUpdated) updates.get(updates.size() - 1);
        assertEquals(TicketPriority.URGENT, update.priority());
        assertEquals("dorit", update.assignee());
    }

    @Test
    void theVersionMayComeInTheBodyAndIsRequired() {
        long ticket = Api.newTweetTicket("@Acme hello", Instant.parse("2026-03-05T11:00:00Z"));

        given().contentType(ContentType.JSON).body(Map.of("topic", "billing"))
                .patch("/api/tickets/{id}", ticket)
                .then().statusCode(428).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("topic", "billing", "version", Api.version(ticket)))
                .patch("/api/tickets/{id}", ticket)
                .then().statusCode(200).body("topic", equalTo("billing"));
        given().contentType(ContentType.JSON).body(Map.of("topic", "other", "version", Api.version(ticket) - 1))
                .patch("/api/tickets/{id}", ticket)
                .then().statusCode(409);
    }
}
