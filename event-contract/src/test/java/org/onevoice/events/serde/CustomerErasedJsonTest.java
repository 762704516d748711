package org.onevoice.events.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.CustomerErased;
import org.onevoice.events.v1.CustomerErased.ErasedIdentity;
import org.onevoice.events.v1.IdentityKind;

class CustomerErasedJsonTest {
    private final JsonEventSerializer serializer = new JsonEventSerializer();
    private final CustomerErasedDeserializer deserializer = new CustomerErasedDeserializer();

    @Test
    void anErasureSurvivesTheWireAndNamesItsType() {
        var sent = new CustomerErased("e-1", 7, List.of(7L, 9L),
                List.of(new ErasedIdentity(IdentityKind.EMAIL, "anna@example.org"), new ErasedIdentity(IdentityKind.PHONE, "+31201234567")),
                List.of(41L, 42L), Instant.parse("2026-11-24T08:00:00Z"));

        byte[] wire = serializer.serialize("customers.events", sent);

        assertEquals(sent, deserializer.deserialize("customers.events", wire));
        String json = new String(wire, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"eventType\":\"CustomerErased\""), json);
        assertTrue(json.contains("\"erasedAt\":\"2026-11-24T08:00:00Z\""), json);
        assertFalse(json.contains("\"channel\""), "the channel is derived, not sent: " + json);
        assertEquals("7", sent.partitionKey());
    }

    @Test
    void eachIdentityKindReachesItsChannel() {
        assertEquals(Channel.X, new ErasedIdentity(IdentityKind.X_USER, "12").channel());
        assertEquals(Channel.EMAIL, new ErasedIdentity(IdentityKind.EMAIL, "a@b.nl").channel());
        assertEquals(Channel.CALL_CENTRE, new ErasedIdentity(IdentityKind.PHONE, "+3120").channel());
    }

    @Test
    void missingListsReadAsEmptyAndUnknownFieldsAreIgnored() {
        String json = """
                {"eventType":"CustomerErased","eventId":"e","customerId":3,"erasedAt":"2026-01-01T00:00:00Z","reason":"later"}""";

        CustomerErased erased = deserializer.deserialize("t", json.getBytes(StandardCharsets.UTF_8));

        assertEquals(3, erased.customerId());
        assertEquals(List.of(), erased.identities());
        assertEquals(List.of(), erased.ticketIds());
    }

    @Test
    void anIdentityWithoutValueIsRejected() {
        String json = """
                {"eventId":"e","customerId":3,"identities":[{"kind":"EMAIL"}],"erasedAt":"2026-01-01T00:00:00Z"}""";

        assertThrows(SerializationException.class, () -> deserializer.deserialize("t", json.getBytes(StandardCharsets.UTF_8)));
    }
}
