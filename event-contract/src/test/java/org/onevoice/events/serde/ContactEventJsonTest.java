package org.onevoice.events.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.Threading;

class ContactEventJsonTest {
    private final JsonEventSerializer serializer = new JsonEventSerializer();
    private final ContactEventDeserializer deserializer = new ContactEventDeserializer();

    @Test
    void aContactSurvivesTheWireWithItsConcreteType() {
        var sent = new ContactReceived("id-1", Channel.EMAIL, "<m1@example.org>",
                new Threading(null, "<m0@example.org>", List.of("<m-1@example.org>", "<m0@example.org>"), "OV-12"),
                new CustomerIdentity(IdentityKind.EMAIL, "anna@example.org", null, "Anna"),
                Instant.parse("2026-11-20T10:15:30Z"), Instant.parse("2026-11-20T10:15:31.250Z"),
                "nl", "Pas kwijt", "Mijn pas is kwijt.", Map.of("size", "1234"));

        byte[] wire = serializer.serialize("t", sent);
        ContactEvent received = deserializer.deserialize("t", wire);

        assertEquals(sent, received);
        String json = new String(wire, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"eventType\":\"ContactReceived\""), json);
        assertTrue(json.contains("\"channelTimestamp\":\"2026-11-20T10:15:30Z\""), json);
    }

    @Test
    void answersAreTheirOwnType() {
        var sent = new AnswerGiven("id-2", Channel.X, "99", Threading.replyTo("98"),
                new CustomerIdentity(IdentityKind.X_USER, "12345", "anna", null),
                Instant.EPOCH, Instant.EPOCH, "AcmeSupport", "We're on it", Map.of());

        assertInstanceOf(AnswerGiven.class, deserializer.deserialize("t", serializer.serialize("t", sent)));
    }

    @Test
    void fieldsAProducerAddsLaterAreIgnored() {
        String json = """
                {"eventType":"ContactEnded","eventId":"e","channel":"CALL_CENTRE","channelMessageId":"c1",
                 "customer":{"kind":"PHONE","value":"+31201234567"},"channelTimestamp":"2026-01-01T00:00:00Z",
                 "outcome":"ABANDONED","addedInAFutureMinorVersion":true}""";

        ContactEvent event = deserializer.deserialize("t", json.getBytes(StandardCharsets.UTF_8));

        assertEquals("CALL_CENTRE:+31201234567", event.partitionKey());
    }

    @Test
    void garbageIsASerializationErrorNamingTheTopic() {
        var error = assertThrows(SerializationException.class,
                () -> deserializer.deserialize("contacts.inbound", "{not json".getBytes(StandardCharsets.UTF_8)));
        assertTrue(error.getMessage().contains("contacts.inbound"), error.getMessage());
    }
}
