package org.onevoice.gateway.x;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onevoice.events.serde.ContactEventDeserializer;
import org.onevoice.events.serde.DeliveryReportDeserializer;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.DeliveryReport;
import org.onevoice.events.v1.EventIds;
import org.onevoice.events.v1.Facts;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.Topics;
import org.onevoice.gateway.support.KafkaTopics;
import org.onevoice.gateway.support.PrometheusMetrics;

/** The X Account Activity webhook end to end: signed HTTP in, CloudEvents on the real Kafka broker out. */
@QuarkusTest
class XWebhookTest {
    private static final Instant AT = Instant.parse("2026-03-03T10:00:00.123Z");

    @Test
    void theCrcCheckIsAnsweredWithTheHmacOfTheToken() {
        given().queryParam("crc_token", "challenge-4711").get("/webhooks/x")
                .then().statusCode(200)
                .body("response_token", equalTo("sha256=" + XWebhooks.hmacBase64(XWebhooks.CONSUMER_SECRET, "challenge-4711")));
        given().get("/webhooks/x").then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("crc_token"));
    }

    @Test
    void aCustomerTweetBecomesAContactWithItsLanguageAndReplyReference() {
        String userId = XWebhooks.uniqueId();
        String tweetId = XWebhooks.uniqueId();
        String tweet = XWebhooks.tweet(tweetId, userId, "klant", "@AcmeSupport", "1700000000000000000", XWebhooks.BRAND_ID,
                XWebhooks.BRAND_HANDLE, "und", AT)
                .replace("\"truncated\":false", "\"truncated\":true,\"extended_tweet\":{\"full_text\":"
                        + "\"@AcmeSupport mijn pakket is nog steeds niet bezorgd, wat is er aan de hand?\"}");
        String contactId = EventIds.forChannelMessage(Channel.X, tweetId, ContactReceived.TYPE);

        XWebhooks.postSigned(XWebhooks.tweetEvents(tweet)).statusCode(200).body("eventIds", equalTo(List.of(contactId)));

        ConsumerRecord<String, String> record = last(KafkaTopics.readKeyUntil(Topics.CONTACTS_INBOUND, "X:" + userId,
                r -> contactId.equals(KafkaTopics.header(r, "ce_id"))));
        assertEquals(ContactReceived.CLOUD_EVENT_TYPE, KafkaTopics.header(record, "ce_type"));
        ContactReceived contact = assertInstanceOf(ContactReceived.class, contact(record));
        assertEquals(tweetId, contact.channelMessageId());
        assertEquals("1700000000000000000", contact.threading().inReplyTo());
        assertEquals(IdentityKind.X_USER, contact.customer().kind());
        assertEquals("klant", contact.customer().handle());
        assertEquals("@AcmeSupport mijn pakket is nog steeds niet bezorgd, wat is er aan de hand?", contact.body());
        assertEquals("nl", contact.language());
        assertEquals(AT, contact.channelTimestamp());
        assertEquals("tweet", contact.facts().get(Facts.X_KIND));
    }

    @Test
    void aTweetOfTheBrandAccountIsAnAnswerToTheCustomerItRepliesTo() {
        String customerId = XWebhooks.uniqueId();
        String tweetId = XWebhooks.uniqueId();
        String answerId = EventIds.forChannelMessage(Channel.X, tweetId, AnswerGiven.TYPE);

        XWebhooks.postSigned(XWebhooks.tweetEvents(XWebhooks.tweet(tweetId, XWebhooks.BRAND_ID, XWebhooks.BRAND_HANDLE,
                "@klant We have refunded your order.", "1700000000000000077", customerId, "klant", "en", AT)))
                .statusCode(200).body("eventIds", equalTo(List.of(answerId)));

        AnswerGiven answer = assertInstanceOf(AnswerGiven.class, contact(last(KafkaTopics.readKeyUntil(Topics.CONTACTS_INBOUND,
                "X:" + customerId, r -> answerId.equals(KafkaTopics.header(r, "ce_id"))))));
        assertEquals(customerId, answer.customer().value());
        assertEquals("klant", answer.customer().handle());
        assertEquals(XWebhooks.BRAND_HANDLE, answer.agent());
        assertEquals("1700000000000000077", answer.threading().inReplyTo());
        assertEquals("@klant We have refunded your order.", answer.body());
    }

    @Test
    void theEchoOfAReplyOneVoiceSentItselfIsNotReportedAsAnAnswerGivenOnX() {
        String customerId = XWebhooks.uniqueId();
        long ticket = Long.parseLong(XWebhooks.uniqueId());
        long replyId = Long.parseLong(XWebhooks.uniqueId());
        KafkaTopics.publish(Topics.TICKET_EVENTS, Long.toString(ticket), new AgentReplied("e-" + replyId, ticket, 1, Channel.X,
                AT, replyId, Channel.X, AgentReplied.Origin.ONEVOICE, "Dorit", "@klant Fixed it for you.",
                new CustomerIdentity(IdentityKind.X_USER, customerId, "klant", null), "1700000000000000088", null));
        ConsumerRecord<String, String> delivered = last(KafkaTopics.readKeyUntil(Topics.REPLY_DELIVERIES, Long.toString(ticket),
                r -> r.value().contains("\"replyId\":" + replyId)));
        DeliveryReport report;
        try (var deserializer = new DeliveryReportDeserializer()) {
            report = deserializer.deserialize(delivered.topic(), delivered.value().getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(DeliveryReport.State.SENT, report.state());
        String sentTweetId = report.channelMessageId();

        XWebhooks.postSigned(XWebhooks.tweetEvents(XWebhooks.tweet(sentTweetId, XWebhooks.BRAND_ID, XWebhooks.BRAND_HANDLE,
                "@klant Fixed it for you.", "1700000000000000088", customerId, "klant", "en", AT)))
                .statusCode(200).body("eventIds", hasSize(0));
    }

    @Test
    void aDirectMessageBecomesAContactThreadedByItsConversation() {
        String customerId = XWebhooks.uniqueId();
        String dmId = XWebhooks.uniqueId();
        String contactId = EventIds.forChannelMessage(Channel.X, "dm-event:" + dmId, ContactReceived.TYPE);

        XWebhooks.postSigned(XWebhooks.directMessageEvents(dmId, customerId, XWebhooks.BRAND_ID,
                "Hi, can you please check my order number 12345?", AT, customerId, "dmklant"))
                .statusCode(200).body("eventIds", equalTo(List.of(contactId)));

        ContactReceived contact = assertInstanceOf(ContactReceived.class, contact(last(KafkaTopics.readKeyUntil(
                Topics.CONTACTS_INBOUND, "X:" + customerId, r -> contactId.equals(KafkaTopics.header(r, "ce_id"))))));
        assertEquals("dm:" + customerId, contact.threading().threadKey());
        assertEquals("dm-event:" + dmId, contact.channelMessageId());
        assertEquals("dmklant", contact.customer().handle());
        assertEquals("Klant " + customerId, contact.customer().displayName());
        assertEquals("en", contact.language());
        assertEquals("dm", contact.facts().get(Facts.X_KIND));
    }

    @Test
    void aDirectMessageOfTheBrandIsAnAnswerInThatConversation() {
        String customerId = XWebhooks.uniqueId();
        String dmId = XWebhooks.uniqueId();
        String answerId = EventIds.forChannelMessage(Channel.X, "dm-event:" + dmId, AnswerGiven.TYPE);

        XWebhooks.postSigned(XWebhooks.directMessageEvents(dmId, XWebhooks.BRAND_ID, customerId, "It ships today.", AT,
                customerId, "dmklant")).statusCode(200).body("eventIds", equalTo(List.of(answerId)));

        AnswerGiven answer = assertInstanceOf(AnswerGiven.class, contact(last(KafkaTopics.readKeyUntil(Topics.CONTACTS_INBOUND,
                "X:" + customerId, r -> answerId.equals(KafkaTopics.header(r, "ce_id"))))));
        assertEquals("dm:" + customerId, answer.threading().threadKey());
        assertEquals(XWebhooks.BRAND_HANDLE, answer.agent());
        assertEquals("dmklant", answer.customer().handle());
    }

    @Test
    void unsignedAndWronglySignedDeliveriesAreRejectedAndNothingIsPublished() {
        String userId = XWebhooks.uniqueId();
        String rejectedTweet = XWebhooks.uniqueId();
        String body = XWebhooks.tweetEvents(XWebhooks.tweet(rejectedTweet, userId, "spoofer", "@AcmeSupport hello", null, null,
                null, "en", AT));

        XWebhooks.post(body, null).statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("missing x-twitter-webhooks-signature"));
        XWebhooks.post(body, "sha256=" + XWebhooks.hmacBase64("another-secret", body)).statusCode(401)
                .body("detail", containsString("does not match"));

        // A later accepted tweet of the same user lands on the same partition after anything published before it.
        String markerTweet = XWebhooks.uniqueId();
        XWebhooks.postSigned(XWebhooks.tweetEvents(XWebhooks.tweet(markerTweet, userId, "spoofer", "@AcmeSupport hi", null, null,
                null, "en", AT))).statusCode(200);
        String markerId = EventIds.forChannelMessage(Channel.X, markerTweet, ContactReceived.TYPE);
        List<ConsumerRecord<String, String>> records = KafkaTopics.readKeyUntil(Topics.CONTACTS_INBOUND, "X:" + userId,
                r -> markerId.equals(KafkaTopics.header(r, "ce_id")));
        assertEquals(List.of(markerTweet), records.stream().map(r -> contact(r).channelMessageId()).toList());
    }

    @Test
    void otherEventKindsAreAcknowledgedIgnoredAndCounted() {
        double before = ignoredCount("favorite_events");
        String body = "{\"for_user_id\":\"" + XWebhooks.BRAND_ID + "\",\"favorite_events\":[{\"id\":\"a1\","
                + "\"favorited_status\":{\"id_str\":\"1\"},\"user\":{\"id_str\":\"2\"}}]}";

        XWebhooks.postSigned(body).statusCode(200).body("eventIds", hasSize(0));

        assertEquals(before + 1, ignoredCount("favorite_events"));
    }

    @Test
    void aDeliveryWithoutWhatTheGatewayNeedsIsRejectedNamingTheField() {
        XWebhooks.postSigned("{\"tweet_create_events\":[]}").statusCode(400).body("errors[0].field", equalTo("$.for_user_id"));
        XWebhooks.postSigned(XWebhooks.tweetEvents("{\"id_str\":\"1\",\"text\":\"hi\",\"timestamp_ms\":\"1\"}"))
                .statusCode(400).body("errors[0].field", equalTo("tweet_create_events[0].user.id_str"));
        XWebhooks.postSigned("not json").statusCode(400).body("detail", containsString("not valid JSON"));
    }

    private static double ignoredCount(String kind) {
        return PrometheusMetrics.value("onevoice_gateway_webhooks_ignored_total{channel=\"X\",kind=\"" + kind + "\"}");
    }

    private static ContactEvent contact(ConsumerRecord<String, String> record) {
        try (var deserializer = new ContactEventDeserializer()) {
            return deserializer.deserialize(record.topic(), record.value().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
