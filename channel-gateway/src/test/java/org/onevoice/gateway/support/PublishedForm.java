package org.onevoice.gateway.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.onevoice.events.serde.ContactEventDeserializer;
import org.onevoice.events.serde.JsonEventSerializer;
import org.onevoice.events.v1.ContactEvent;

/** What a fuzz target checks of every event it made: it survives the trip through Kafka's serdes unchanged. */
public final class PublishedForm {
    private PublishedForm() {
    }

    public static void assertRoundTrips(ContactEvent event) {
        try (var serializer = new JsonEventSerializer(); var deserializer = new ContactEventDeserializer()) {
            byte[] json = serializer.serialize("contacts.inbound", event);
            assertEquals(event, deserializer.deserialize("contacts.inbound", json));
        }
    }
}
