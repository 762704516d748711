package org.onevoice.monitor.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.TicketOpened;
import org.onevoice.events.v1.Topics;
import org.onevoice.monitor.support.Events;
import org.onevoice.monitor.support.Kafka;
import org.onevoice.monitor.support.Stats;

/** Redeliveries change nothing; records that cannot be applied go to the dead-letter topic and the stream goes on. */
@QuarkusTest
class IdempotentIntakeTest {

    @Test
    void aRedeliveredContactAndAnswerCountOnce() {
        Instant t = Instant.parse("2026-02-04T09:00:00Z");
        ContactReceived tweet = Events.tweet(Events.xUser(), t, null);
        AnswerGiven reply = Events.brandReply(tweet, t.plusSeconds(120), "Sure");
        // Same customer, same partition: applied after the duplicates, so once it counts they were all seen.
        ContactReceived later = Events.tweet(tweet.customer(), t.plusSeconds(600), null);

        Kafka.publish(tweet, reply, tweet, reply, tweet, reply, later);

        JsonPath stats = Stats.awaitChannels(t, t.plusSeconds(900), json -> json.getList("channels.contacts").equals(List.of(2)));
        assertEquals(List.of(1), stats.getList("channels.answered"));
        assertEquals(120.0f, stats.getFloat("channels[0].medianFirstResponseSeconds"));
    }

    @Test
    void anUnreadableContactGoesToTheDeadLetterTopicWithItsCause() {
        Instant t = Instant.parse("2026-02-04T13:00:00Z");
        String key = "X:poison-" + Events.uniqueId();
        Kafka.publishRaw(Topics.CONTACTS_INBOUND, key, "{\"eventType\":\"ContactReceived\",\"channel\":".getBytes(StandardCharsets.UTF_8));
        ContactReceived next = Events.tweet(Events.xUser(), t, null);
        Kafka.publish(next);

        Stats.awaitChannels(t, t.plusSeconds(1), json -> json.getList("channels.contacts").equals(List.of(1)));
        ConsumerRecord<String, byte[]> dead = Kafka.awaitRecords(Topics.CONTACTS_INBOUND + ".dlq", r -> key.equals(r.key()), 1).get(0);
        String reason = header(dead, "dead-letter-reason");
        assertTrue(reason.contains("not a valid ContactEvent"), reason);
        assertEquals(Topics.CONTACTS_INBOUND, header(dead, "dead-letter-topic"));
    }

    @Test
    void aTicketEventThatNamesNoContactGoesToTheDeadLetterTopicAndTheBatchGoesOn() {
        Instant t = Instant.parse("2026-02-04T15:00:00Z");
        ContactReceived mail = Events.email(Events.email(), t, null);
        long broken = Events.ticketId();
        long good = Events.ticketId();
        TicketOpened withoutSource = new TicketOpened(Events.uniqueId(), broken, broken, mail.channel(), t, null, "s", null);

        Kafka.publish(mail);
        Kafka.publish(withoutSource, Events.ticketOpened(good, mail, null),
                Events.agentReplied(good, mail.channel(), t.plus(Duration.ofMinutes(30)), "Answer"));

        JsonPath stats = Stats.awaitChannels(t, t.plusSeconds(1), json -> json.getList("channels.answered").equals(List.of(1)));
        assertEquals(1800.0f, stats.getFloat("channels[0].medianFirstResponseSeconds"));
        ConsumerRecord<String, byte[]> dead = Kafka.awaitRecords(Topics.TICKET_EVENTS + ".dlq",
                r -> Long.toString(broken).equals(r.key()), 1).get(0);
        assertEquals("sourceEventId is required", header(dead, "dead-letter-reason"));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
