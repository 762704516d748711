package org.onevoice.gateway.x;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onevoice.events.serde.ContactEventDeserializer;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.EventIds;
import org.onevoice.events.v1.Topics;
import org.onevoice.gateway.support.FakeXApi;
import org.onevoice.gateway.support.KafkaTopics;

/** Mentions polled from a real HTTP X API (a local fake) become the same contacts the webhook makes. */
@QuarkusTest
class MentionsPollerTest {
    private static final String MENTIONS = "/2/users/" + XWebhooks.BRAND_ID + "/mentions";

    @Inject
    MentionsPoller poller;

    @Test
    void newMentionsArePublishedOldestFirstAndTheNextPollAsksOnlyForNewerOnes() throws XApiException {
        FakeXApi x = FakeXApi.get();
        String author = XWebhooks.uniqueId();
        String older = XWebhooks.uniqueId();
        String newer = XWebhooks.uniqueId();
        x.answerGet(MENTIONS + "?max_results", "{\"data\":["
                + "{\"id\":\"" + newer + "\",\"text\":\"@AcmeSupport waarom is mijn factuur zo hoog?\",\"author_id\":\"" + author
                + "\",\"created_at\":\"2026-03-03T10:05:00.000Z\",\"lang\":\"nl\",\"referenced_tweets\":[{\"type\":\"replied_to\",\"id\":\""
                + older + "\"}]},"
                + "{\"id\":\"" + older + "\",\"text\":\"@AcmeSupport hello?\",\"author_id\":\"" + author
                + "\",\"created_at\":\"2026-03-03T10:00:00.000Z\",\"lang\":\"en\"},"
                + "{\"id\":\"" + XWebhooks.uniqueId() + "\",\"text\":\"@AcmeSupport note to self\",\"author_id\":\"" + XWebhooks.BRAND_ID
                + "\",\"created_at\":\"2026-03-03T10:06:00.000Z\"}],"
                + "\"includes\":{\"users\":[{\"id\":\"" + author + "\",\"name\":\"Mentioner\",\"username\":\"mentioner\"}]},"
                + "\"meta\":{\"newest_id\":\"" + newer + "\",\"oldest_id\":\"" + older + "\",\"result_count\":3}}");
        x.answerGet(MENTIONS + "?since_id=" + newer, "{\"meta\":{\"result_count\":0}}");

        assertEquals(2, poller.pollOnce());
        assertEquals(0, poller.pollOnce());

        String newerId = EventIds.forChannelMessage(Channel.X, newer, ContactReceived.TYPE);
        List<ContactReceived> contacts = KafkaTopics.readKeyUntil(Topics.CONTACTS_INBOUND, "X:" + author,
                r -> newerId.equals(KafkaTopics.header(r, "ce_id"))).stream().map(MentionsPollerTest::contact).toList();
        assertEquals(List.of(older, newer), contacts.stream().map(ContactReceived::channelMessageId).toList());
        ContactReceived latest = contacts.get(1);
        assertEquals("mentioner", latest.customer().handle());
        assertEquals("Mentioner", latest.customer().displayName());
        assertEquals(older, latest.threading().inReplyTo());
        assertEquals(Instant.parse("2026-03-03T10:05:00Z"), latest.channelTimestamp());
        assertEquals("nl", latest.language());

        List<FakeXApi.Request> polls = x.requestsTo(MENTIONS);
        assertEquals(1, x.requestsTo(MENTIONS + "?since_id=" + newer).size(), "the second poll continues after the newest mention");
        assertEquals("Bearer test-x-bearer-token", polls.get(0).authorization());
        assertTrue(polls.get(0).path().contains("expansions=author_id"), polls.get(0).path());
    }

    private static ContactReceived contact(ConsumerRecord<String, String> record) {
        try (var deserializer = new ContactEventDeserializer()) {
            return assertInstanceOf(ContactReceived.class,
                    deserializer.deserialize(record.topic(), record.value().getBytes(StandardCharsets.UTF_8)));
        }
    }
}
