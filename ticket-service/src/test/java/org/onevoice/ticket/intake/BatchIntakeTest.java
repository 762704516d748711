package org.onevoice.ticket.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onevoice.events.serde.EventJson;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.TicketOpened;
import org.onevoice.events.v1.Topics;
import org.onevoice.ticket.support.Api;
import org.onevoice.ticket.support.Contacts;
import org.onevoice.ticket.support.Kafka;

/**
 * One polled batch of contact records, applied as the consumer applies it: in one transaction,
 * with what the batch itself contains (duplicates, several contacts of one conversation, records
 * that cannot be applied) handled as if each record had come alone.
 */
@QuarkusTest
class BatchIntakeTest {
    private static final Instant T0 = Instant.parse("2026-03-04T09:00:00Z");

    @Inject
    ContactBatches batches;

    @Inject
    MeterRegistry meters;

    private final List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();

    @Test
    void anEventTwiceInOneBatchIsStoredOnceAndOpensOneTicket() {
        CustomerIdentity carla = Contacts.xUser("carla");
        ContactReceived tweet = Contacts.tweet(carla, "@Acme twice in a batch " + Contacts.uniqueId(), null, T0);
        ContactReceived other = Contacts.tweet(carla, "@Acme something else " + Contacts.uniqueId(), null, T0.plusSeconds(30));

        batches.apply(records(tweet, tweet, other, tweet));

        long ticket = Api.findTicketWithMessage("X", tweet.body()).orElseThrow();
        given().get("/api/tickets/{id}", ticket).then().body("messages.body", contains(tweet.body()));
        long otherTicket = Api.findTicketWithMessage("X", other.body()).orElseThrow();
        assertEquals(Api.detail(ticket).getLong("ticket.customerId"), Api.detail(otherTicket).getLong("ticket.customerId"),
                "one customer for one identity, though it was new twice in the batch");
        var opened = Kafka.awaitTicketEvents(e -> e instanceof TicketOpened o && o.sourceEventId().equals(tweet.eventId()), 1);
        assertEquals(1, opened.size());
    }

    @Test
    void aConversationWithinOneBatchThreadsIntoOneTicketInOrder() {
        CustomerIdentity dirk = Contacts.xUser("dirk");
        ContactReceived question = Contacts.tweet(dirk, "@Acme my app crashes " + Contacts.uniqueId(), null, T0);
        var answer = Contacts.brandTweet(dirk, "@dirk which version?", question.channelMessageId(), T0.plusSeconds(60));
        ContactReceived followUp = Contacts.tweet(dirk, "@Acme version 7 " + Contacts.uniqueId(), answer.channelMessageId(), T0.plusSeconds(120));
        CustomerIdentity caller = Contacts.phone();
        String callId = "call-" + Contacts.uniqueId();
        ContactReceived call = Contacts.callQueued(caller, callId, "Blocked card " + Contacts.uniqueId(), T0);

        double split = splitBatches();
        batches.apply(records(question, call, answer, Contacts.callAbandoned(caller, callId, T0.plusSeconds(90), 90), followUp));

        assertEquals(split, splitBatches(), "applied as one batch, not record by record");

        long ticket = Api.findTicketWithMessage("X", question.body()).orElseThrow();
        assertEquals(ticket, Api.findTicketWithMessage("X", followUp.body()).orElseThrow());
        given().get("/api/tickets/{id}", ticket).then()
                .body("messages.direction", contains("INBOUND", "OUTBOUND", "INBOUND"))
                .body("messages.body", contains(question.body(), answer.body(), followUp.body()));
        long callTicket = Api.findTicketWithMessage("CALL_CENTRE", call.body()).orElseThrow();
        given().get("/api/tickets/{id}", callTicket).then()
                .body("messages.direction", contains("INBOUND", "NOTE"));
    }

    @Test
    void aBatchThatBeginsOnAnExistingTicketStillOpensNewTicketsInIt() {
        CustomerIdentity hans = Contacts.xUser("hans");
        ContactReceived question = Contacts.tweet(hans, "@Acme where is my parcel " + Contacts.uniqueId(), null, T0);
        batches.apply(records(question));
        batch.clear();
        ContactReceived followUp = Contacts.tweet(hans, "@Acme still nothing " + Contacts.uniqueId(), question.channelMessageId(), T0.plusSeconds(60));
        ContactReceived newcomer = Contacts.tweet(Contacts.xUser("ida"), "@Acme hello " + Contacts.uniqueId(), null, T0.plusSeconds(61));

        double split = splitBatches();
        batches.apply(records(followUp, newcomer));

        assertEquals(split, splitBatches(), "applied as one batch, not record by record");

        long ticket = Api.findTicketWithMessage("X", question.body()).orElseThrow();
        given().get("/api/tickets/{id}", ticket).then().body("messages.body", contains(question.body(), followUp.body()));
        Api.findTicketWithMessage("X", newcomer.body()).orElseThrow();
    }

    @Test
    void callsBackJoinTheCallersLatestOpenCallTicketWhetherItIsInTheBatchOrStored() {
        CustomerIdentity caller = Contacts.phone();
        CustomerIdentity other = Contacts.phone();
        ContactReceived first = Contacts.newCall(caller, "Meter reading", T0);
        ContactReceived again = Contacts.newCall(caller, "Me again", T0.plusSeconds(3600));
        ContactReceived stranger = Contacts.newCall(other, "Other question", T0.plusSeconds(3601));
        batches.apply(records(first, again, stranger));
        batch.clear();
        ContactReceived third = Contacts.newCall(caller, "Third time", T0.plusSeconds(7200));
        ContactReceived fourth = Contacts.newCall(caller, "Fourth time", T0.plusSeconds(7300));
        ContactReceived strangerAgain = Contacts.newCall(other, "Still other", T0.plusSeconds(7400));

        double split = splitBatches();
        batches.apply(records(third, fourth, strangerAgain));

        assertEquals(split, splitBatches(), "applied as one batch, not record by record");
        long ticket = Api.findTicketWithMessage("CALL_CENTRE", first.body()).orElseThrow();
        given().get("/api/tickets/{id}", ticket).then()
                .body("messages.body", contains(first.body(), again.body(), third.body(), fourth.body()));
        long strangers = Api.findTicketWithMessage("CALL_CENTRE", stranger.body()).orElseThrow();
        given().get("/api/tickets/{id}", strangers).then().body("messages.body", contains(stranger.body(), strangerAgain.body()));
    }

    @Test
    void recordsThatCannotBeAppliedGoToTheDeadLetterTopicAndTheRestOfTheBatchIsApplied() {
        ContactReceived first = Contacts.tweet(Contacts.xUser("eva"), "@Acme first " + Contacts.uniqueId(), null, T0);
        ContactReceived last = Contacts.tweet(Contacts.xUser("frans"), "@Acme last " + Contacts.uniqueId(), null, T0.plusSeconds(5));
        // Parses, but claims a tweet already stored under another event: storing it breaks the message's unique key.
        ContactReceived clash = new ContactReceived("clash-" + Contacts.uniqueId(), Channel.X, first.channelMessageId(),
                null, Contacts.xUser("gert"), T0.plusSeconds(1), Instant.now(), "en", null, "@Acme clash", null);
        String unreadableKey = "X:unreadable-" + Contacts.uniqueId();
        String clashKey = "X:clash-" + Contacts.uniqueId();

        add(first.partitionKey(), json(first));
        add(unreadableKey, "{\"eventType\":\"ContactReceived\",\"channel\":".getBytes(StandardCharsets.UTF_8));
        add(clashKey, json(clash));
        add(last.partitionKey(), json(last));
        double split = splitBatches();
        batches.apply(batch);

        assertEquals(split + 1, splitBatches(), "the batch failed on the clash and was applied record by record");
        Api.findTicketWithMessage("X", first.body()).orElseThrow();
        Api.findTicketWithMessage("X", last.body()).orElseThrow();
        String unreadable = reason(Kafka.awaitRecords(Topics.CONTACTS_INBOUND + ".dlq", unreadableKey, 1).get(0));
        assertTrue(unreadable.contains("ContactEvent"), unreadable);
        String clashed = reason(Kafka.awaitRecords(Topics.CONTACTS_INBOUND + ".dlq", clashKey, 1).get(0));
        assertTrue(clashed.contains("message_channel_id"), clashed);
    }

    private double splitBatches() {
        return meters.counter(ContactBatches.SPLIT_BATCHES).count();
    }

    private List<ConsumerRecord<String, byte[]>> records(ContactEvent... events) {
        for (ContactEvent event : events) {
            add(event.partitionKey(), json(event));
        }
        return batch;
    }

    private void add(String key, byte[] value) {
        batch.add(new ConsumerRecord<>(Topics.CONTACTS_INBOUND, 0, batch.size(), key, value));
    }

    private static byte[] json(ContactEvent event) {
        try {
            return EventJson.MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reason(ConsumerRecord<String, byte[]> deadLetter) {
        return new String(deadLetter.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }
}
