package org.onevoice.ticket.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.TicketOpened;
import org.onevoice.events.v1.Topics;
import org.onevoice.ticket.support.Api;
import org.onevoice.ticket.support.Contacts;
import org.onevoice.ticket.support.Kafka;

/** Redeliveries change nothing; records that cannot be applied go to the dead-letter topic. */
@QuarkusTest
class IdempotentIntakeTest {

    @Test
    void aRedeliveredContactIsStoredOnceAndOpensOneTicket() {
        ContactReceived tweet = Contacts.tweet(Contacts.xUser("dup"), "@Acme twice " + Contacts.uniqueId(), null,
                Instant.parse("2026-03-03T10:00:00Z"));

        Kafka.publish(tweet, tweet, tweet);
        long ticket = Api.awaitTicketWithMessage("X", tweet.body());
        // A later event on the same key is applied after the duplicates, so they have been seen.
        ContactReceived later = Contacts.tweet(tweet.customer(), "@Acme and a new question " + Contacts.uniqueId(), null,
                Instant.parse("2026-03-03T11:00:00Z"));
        Kafka.publish(later);
        Api.awaitTicketWithMessage("X", later.body());

        given().get("/api/tickets/{id}", ticket).then().body("messages", hasSize(1));
        var opened = Kafka.awaitTicketEvents(e -> e instanceof TicketOpened o && o.sourceEventId().equals(tweet.eventId()), 1);
        assertEquals(1, opened.size());
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicWithItsCauseAndTheStreamGoesOn() {
        String key = "X:poison-" + Contacts.uniqueId();
        Kafka.publishRaw(Topics.CONTACTS_INBOUND, key, "{\"eventType\":\"ContactReceived\",\"channel\":".getBytes(StandardCharsets.UTF_8));
        ContactReceived next = Contacts.tweet(Contacts.xUser("after-poison"), "@Acme still there? " + Contacts.uniqueId(), null,
                Instant.parse("2026-03-03T12:00:00Z"));
        Kafka.publish(next);

        Api.awaitTicketWithMessage("X", next.body());
        ConsumerRecord<String, byte[]> dead = Kafka.awaitRecords(Topics.CONTACTS_INBOUND + ".dlq", key, 1).get(0);
        String reason = new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(reason.contains("ContactEvent"), reason);
    }
}
