package org.onevoice.events.serde;

import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka deserializer for one family of contract events. A record that does not parse throws,
 * which lets the messaging layer send it to the dead-letter topic with the cause.
 */
public abstract class JsonEventDeserializer<T> implements Deserializer<T> {
    private final Class<T> type;

    protected JsonEventDeserializer(Class<T> type) {
        this.type = type;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return EventJson.MAPPER.readValue(data, type);
        } catch (IOException e) {
            throw new SerializationException("not a valid " + type.getSimpleName() + " on " + topic + ": " + e.getMessage(), e);
        }
    }
}
