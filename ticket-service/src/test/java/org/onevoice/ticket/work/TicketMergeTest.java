package org.onevoice.ticket.work;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.InternalNoteAdded;
import org.onevoice.events.v1.TicketStatus;
import org.onevoice.events.v1.TicketStatusChanged;
import org.onevoice.events.v1.Threading;
import org.onevoice.ticket.support.Api;
import org.onevoice.ticket.support.Contacts;
import org.onevoice.ticket.support.Kafka;

/** An agent folds a customer's duplicate ticket into another one; tickets of different people never merge. */
@QuarkusTest
class TicketMergeTest {
    private static final Instant T0 = Instant.parse("2026-03-12T09:00:00Z");

    @Test
    void theDuplicatesConversationJoinsTheTargetInTimeOrderAndItsThreadLeadsThere() {
        CustomerIdentity bert = Contacts.email();
        var opening = mail(bert, "Refund order 7", null, T0);
        var duplicate = mail(bert, "Refund order 7 again", null, T0.plusSeconds(3600));
        var followUp = mail(bert, "Re: Refund order 7", opening.channelMessageId(), T0.plusSeconds(7200));
        Kafka.publish(opening, duplicate, followUp);
        long target = Api.awaitTicketWithMessage("EMAIL", followUp.body());
        long source = Api.awaitTicketWithMessage("EMAIL", duplicate.body());
        assertNotEquals(target, source);
        String etag = given().get("/api/tickets/{id}", target).then().statusCode(200).extract().header("ETag");

        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("from", source, "by", "Dorit"))
                .post("/api/tickets/{id}/merge", target)
                .then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("messages.findAll { it.direction == 'INBOUND' }.body",
                        contains(opening.body(), duplicate.body(), followUp.body()))
                .body("messages.body", hasItem("OV-" + source + " was merged into this ticket by Dorit"))
                .body("ticket.lastActivityAt", equalTo("2026-03-12T11:00:00Z"));
        given().get("/api/tickets/{id}", source).then().statusCode(200)
                .body("ticket.status", equalTo("CLOSED"))
                .body("ticket.mergedInto", equalTo((int) target))
                .body("messages.body", contains("Merged into OV-" + target + " by Dorit"));

        var replyToDuplicate = mail(bert, "Re: Refund order 7 again", duplicate.channelMessageId(), T0.plusSeconds(10_800));
        Kafka.publish(replyToDuplicate);
        assertEquals(target, Api.awaitTicketWithMessage("EMAIL", replyToDuplicate.body()));

        var events = Kafka.ticketEventsUntil(source, e -> e instanceof TicketStatusChanged s && s.to() == TicketStatus.CLOSED);
        TicketStatusChanged closed = (TicketStatusChanged) events.get(events.size() - 1);
        assertEquals("Dorit", closed.changedBy());
        assertTrue(events.stream().anyMatch(InternalNoteAdded.class::isInstance), "the merge note is published");
    }

    @Test
    void mergesThatWouldMixPeopleOrLoseChangesAreRefusedWithAReason() {
        CustomerIdentity anna = Contacts.xUser("anna");
        var first = Contacts.tweet(anna, "@Acme card blocked " + Contacts.uniqueId(), null, T0);
        var second = Contacts.tweet(anna, "@Acme still blocked " + Contacts.uniqueId(), null, T0.plusSeconds(60));
        Kafka.publish(first, second);
        long target = Api.awaitTicketWithMessage("X", first.body());
        long duplicate = Api.awaitTicketWithMessage("X", second.body());
        long stranger = Api.newTweetTicket("@Acme card blocked too", T0);

        merge(target, stranger, Api.version(target)).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("never merged"));
        merge(target, target, Api.version(target)).then().statusCode(400).contentType("application/problem+json");
        merge(target, Long.MAX_VALUE, Api.version(target)).then().statusCode(404).contentType("application/problem+json");
        merge(target, duplicate, Api.version(target) - 1).then().statusCode(409)
                .body("detail", containsString("changed by someone else"));
        given().contentType(ContentType.JSON).body(Map.of("from", duplicate)).post("/api/tickets/{id}/merge", target)
                .then().statusCode(428).contentType("application/problem+json");

        merge(target, duplicate, Api.version(target)).then().statusCode(200);
        merge(target, duplicate, Api.version(target)).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already merged into OV-" + target));
        given().get("/api/tickets/{id}", stranger).then().body("ticket.status", equalTo("NEW"));
    }

    private static Response merge(long into, long from, long version) {
        return given().contentType(ContentType.JSON).body(Map.of("from", from, "by", "Kees", "version", version))
                .post("/api/tickets/{id}/merge", into);
    }

    private static ContactReceived mail(CustomerIdentity from, String subject, String inReplyTo, Instant at) {
        Threading threading = inReplyTo == null ? Threading.none() : Contacts.emailReply(inReplyTo, List.of(inReplyTo));
        return Contacts.email(from, Contacts.randomMessageId(), subject, subject + " " + Contacts.uniqueId(), threading, at);
    }
}
