package org.onevoice.events.serde;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka serializer for any contract event. */
public class JsonEventSerializer implements Serializer<Object> {
    @Override
    public byte[] serialize(String topic, Object event) {
        if (event == null) {
            return null;
        }
        try {
            return EventJson.MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new SerializationException("cannot serialize " + event.getClass().getName(), e);
        }
    }
}
