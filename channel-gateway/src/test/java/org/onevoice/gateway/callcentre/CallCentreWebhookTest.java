package org.onevoice.gateway.callcentre;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onevoice.events.serde.ContactEventDeserializer;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEnded;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.EventIds;
import org.onevoice.events.v1.Facts;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.Topics;
import org.onevoice.gateway.callcentre.CallCentreCalls.Caller;
import org.onevoice.gateway.support.KafkaTopics;
import org.onevoice.gateway.support.PrometheusMetrics;

/** The call-centre webhook end to end: signed HTTP in, CloudEvents on the real Kafka broker out. */
@QuarkusTest
class CallCentreWebhookTest {
    private static final Instant QUEUED_AT = Instant.parse("2026-03-03T09:00:00Z");
    private static final String REJECTED_UNAUTHENTICATED =
            "onevoice_gateway_webhooks_rejected_total{channel=\"CALL_CENTRE\",reason=\"unauthenticated\"}";

    @Test
    void aQueuedCallBecomesAContactAndItsAnswerCarriesTheQueueWait() {
        String callId = CallCentreCalls.uniqueCallId();
        Caller caller = CallCentreCalls.uniqueMobile();
        String receivedId = EventIds.forChannelMessage(Channel.CALL_CENTRE, callId, ContactReceived.TYPE);
        String answeredId = EventIds.forChannelMessage(Channel.CALL_CENTRE, callId + "/answered", AnswerGiven.TYPE);

        CallCentreCalls.postSigned(CallCentreCalls.event(callId, "QUEUED", QUEUED_AT, caller.asSent(),
                        "\"queue\":\"billing\",\"question\":\"Why was I charged twice?\""))
                .statusCode(200).body("eventIds", equalTo(List.of(receivedId)));
        CallCentreCalls.postSigned(CallCentreCalls.event(callId, "ANSWERED", QUEUED_AT.plusSeconds(95), null, "\"agent\":\"DORIT\""))
                .statusCode(200).body("eventIds", equalTo(List.of(receivedId, answeredId)));

        List<ConsumerRecord<String, String>> records = KafkaTopics.readKeyUntil(Topics.CONTACTS_INBOUND, caller.partitionKey(),
                r -> answeredId.equals(KafkaTopics.header(r, "ce_id")));
        ConsumerRecord<String, String> first = records.get(0);
        assertEquals(receivedId, KafkaTopics.header(first, "ce_id"));
        assertEquals(ContactReceived.CLOUD_EVENT_TYPE, KafkaTopics.header(first, "ce_type"));
        assertEquals("/onevoice/channel-gateway", KafkaTopics.header(first, "ce_source"));
        ContactReceived received = assertInstanceOf(ContactReceived.class, contact(first));
        assertEquals(receivedId, received.eventId());
        assertEquals(IdentityKind.PHONE, received.customer().kind());
        assertEquals(caller.e164(), received.customer().value());
        assertEquals(callId, received.channelMessageId());
        assertEquals(callId, received.threading().threadKey());
        assertEquals(QUEUED_AT, received.channelTimestamp());
        assertEquals("Why was I charged twice?", received.body());
        assertEquals("en", received.language());
        assertEquals("billing", received.facts().get(Facts.QUEUE));

        ConsumerRecord<String, String> last = records.get(records.size() - 1);
        assertEquals(AnswerGiven.CLOUD_EVENT_TYPE, KafkaTopics.header(last, "ce_type"));
        AnswerGiven answered = assertInstanceOf(AnswerGiven.class, contact(last));
        assertEquals(callId + "/answered", answered.channelMessageId());
        assertEquals(callId, answered.threading().threadKey());
        assertEquals("DORIT", answered.agent());
        assertEquals(caller.e164(), answered.customer().value());
        assertEquals("95", answered.facts().get(Facts.QUEUE_WAIT_SECONDS));
    }

    @Test
    void theSameWebhookTwiceYieldsTheSameEventIds() {
        String body = CallCentreCalls.event(CallCentreCalls.uniqueCallId(), "QUEUED", QUEUED_AT,
                CallCentreCalls.uniqueMobile().asSent(), "\"queue\":\"retail\"");

        List<String> first = CallCentreCalls.postSigned(body).statusCode(200).extract().jsonPath().getList("eventIds");
        List<String> second = CallCentreCalls.postSigned(body).statusCode(200).extract().jsonPath().getList("eventIds");

        assertEquals(first, second);
    }

    @Test
    void aCallAnsweredWithoutQueueingIsStillAContact() {
        String callId = CallCentreCalls.uniqueCallId();
        Caller caller = CallCentreCalls.uniqueMobile();
        Instant answeredAt = Instant.parse("2026-03-03T11:00:00Z");
        String answeredId = EventIds.forChannelMessage(Channel.CALL_CENTRE, callId + "/answered", AnswerGiven.TYPE);

        CallCentreCalls.postSigned(CallCentreCalls.event(callId, "ANSWERED", answeredAt, caller.e164(), "\"agent\":\"SEM\""))
                .statusCode(200).body("eventIds", hasSize(2));

        List<ContactEvent> events = contacts(KafkaTopics.readKeyUntil(Topics.CONTACTS_INBOUND, caller.partitionKey(),
                r -> answeredId.equals(KafkaTopics.header(r, "ce_id"))));
        ContactReceived received = assertInstanceOf(ContactReceived.class, events.get(0));
        assertEquals(callId, received.channelMessageId());
        assertEquals(answeredAt, received.channelTimestamp());
        AnswerGiven answered = assertInstanceOf(AnswerGiven.class, events.get(events.size() - 1));
        assertNull(answered.facts().get(Facts.QUEUE_WAIT_SECONDS), "no queue time known, so no wait is claimed");
    }

    @Test
    void anAbandonedCallEndsWithItsCensoredWaitAndAWrapUpRecordsTheAnswer() {
        String abandonedCall = CallCentreCalls.uniqueCallId();
        String servedCall = CallCentreCalls.uniqueCallId();
        Caller caller = CallCentreCalls.uniqueMobile();
        String wrapUpId = EventIds.forChannelMessage(Channel.CALL_CENTRE, servedCall + "/wrap-up", AnswerGiven.TYPE);

        CallCentreCalls.postSigned(CallCentreCalls.event(abandonedCall, "QUEUED", QUEUED_AT, caller.asSent(), "\"queue\":\"retail\""))
                .statusCode(200);
        CallCentreCalls.postSigned(CallCentreCalls.event(abandonedCall, "ABANDONED", QUEUED_AT.plusSeconds(301), null, null))
                .statusCode(200);
        CallCentreCalls.postSigned(CallCentreCalls.event(servedCall, "WRAP_UP", QUEUED_AT.plusSeconds(900), caller.asSent(),
                "\"agent\":\"DORIT\",\"queuedAt\":\"2026-03-03T10:10:00+01:00\",\"question\":\"Can I pay in instalments?\","
                        + "\"answer\":\"Yes, in three monthly terms.\",\"topic\":\"payments\"")).statusCode(200);

        List<ContactEvent> events = contacts(KafkaTopics.readKeyUntil(Topics.CONTACTS_INBOUND, caller.partitionKey(),
                r -> wrapUpId.equals(KafkaTopics.header(r, "ce_id"))));
        ContactEnded abandoned = events.stream().filter(ContactEnded.class::isInstance).map(ContactEnded.class::cast)
                .filter(e -> e.channelMessageId().equals(abandonedCall + "/ended")).findFirst().orElseThrow();
        assertEquals(ContactEnded.Outcome.ABANDONED, abandoned.outcome());
        assertEquals("301", abandoned.facts().get(Facts.QUEUE_WAIT_SECONDS));
        assertEquals("retail", abandoned.facts().get(Facts.QUEUE));

        ContactReceived servedContact = events.stream().filter(ContactReceived.class::isInstance).map(ContactReceived.class::cast)
                .filter(e -> e.channelMessageId().equals(servedCall)).findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-03-03T09:10:00Z"), servedContact.channelTimestamp());
        AnswerGiven wrapUp = assertInstanceOf(AnswerGiven.class, events.get(events.size() - 1));
        assertEquals("Yes, in three monthly terms.", wrapUp.body());
        assertEquals("Can I pay in instalments?", wrapUp.facts().get(Facts.QUESTION));
        assertEquals("payments", wrapUp.facts().get(Facts.TOPIC));
    }

    @Test
    void unsignedWronglySignedAndStaleWebhooksAreRejectedAndNothingIsPublished() {
        Caller caller = CallCentreCalls.uniqueMobile();
        String rejectedCall = CallCentreCalls.uniqueCallId();
        String body = CallCentreCalls.event(rejectedCall, "QUEUED", QUEUED_AT, caller.asSent(), null);
        String now = Long.toString(Instant.now().getEpochSecond());
        String stale = Long.toString(Instant.now().minusSeconds(301).getEpochSecond());
        double rejectedBefore = PrometheusMetrics.value(REJECTED_UNAUTHENTICATED);

        CallCentreCalls.post(body, null, null).statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("missing X-OneVoice-Signature"));
        CallCentreCalls.post(body, now, "sha256=" + CallCentreCalls.hmacHex("not-the-secret", now + "." + body)).statusCode(401)
                .body("detail", containsString("does not match"));
        CallCentreCalls.post(body, stale, "sha256=" + CallCentreCalls.hmacHex(CallCentreCalls.SECRET, stale + "." + body))
                .statusCode(401).body("detail", containsString("stale"));
        CallCentreCalls.post(body.replace("QUEUED", "ANSWERED"), now, "sha256=" + CallCentreCalls.hmacHex(CallCentreCalls.SECRET, now + "." + body))
                .statusCode(401).body("detail", containsString("does not match"));
        assertEquals(rejectedBefore + 4, PrometheusMetrics.value(REJECTED_UNAUTHENTICATED));

        // A later accepted call of the same caller lands on the same partition after anything published before it.
        String markerCall = CallCentreCalls.uniqueCallId();
        CallCentreCalls.postSigned(CallCentreCalls.event(markerCall, "QUEUED", QUEUED_AT, caller.asSent(), null)).statusCode(200);
        List<ContactEvent> events = contacts(KafkaTopics.readKeyUntil(Topics.CONTACTS_INBOUND, caller.partitionKey(),
                r -> KafkaTopics.header(r, "ce_id").equals(EventIds.forChannelMessage(Channel.CALL_CENTRE, markerCall, ContactReceived.TYPE))));
        assertEquals(List.of(markerCall), events.stream().map(ContactEvent::channelMessageId).toList());
    }

    @Test
    void invalidEventsAreRejectedNamingTheField() {
        String callId = CallCentreCalls.uniqueCallId();

        CallCentreCalls.postSigned(CallCentreCalls.event(callId, "QUEUED", QUEUED_AT, "call me maybe", null))
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("caller"));
        CallCentreCalls.postSigned(CallCentreCalls.event(callId, "ON_HOLD", QUEUED_AT, "+31201234567", null))
                .statusCode(400).body("errors[0].field", equalTo("type")).body("detail", containsString("ON_HOLD"));
        CallCentreCalls.postSigned("{\"callId\":\"" + callId + "\",\"type\":\"QUEUED\",\"at\":\"yesterday\",\"caller\":\"+31201234567\"}")
                .statusCode(400).body("errors[0].field", equalTo("at"));
        CallCentreCalls.postSigned("{\"type\":\"QUEUED\",\"at\":\"" + QUEUED_AT + "\"}")
                .statusCode(400).body("errors[0].field", equalTo("callId"));
        CallCentreCalls.postSigned(CallCentreCalls.event(CallCentreCalls.uniqueCallId(), "ENDED", QUEUED_AT, null, null))
                .statusCode(400).body("errors[0].field", equalTo("caller")).body("detail", containsString("has not seen"));
        CallCentreCalls.postSigned("{\"callId\": ").statusCode(400).body("detail", containsString("not valid JSON"));
    }

    private static ContactEvent contact(ConsumerRecord<String, String> record) {
        try (var deserializer = new ContactEventDeserializer()) {
            return deserializer.deserialize(record.topic(), record.value().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<ContactEvent> contacts(List<ConsumerRecord<String, String>> records) {
        List<ContactEvent> events = records.stream().map(CallCentreWebhookTest::contact).toList();
        assertTrue(events.stream().allMatch(e -> e.channel() == Channel.CALL_CENTRE));
        return events;
    }
}
