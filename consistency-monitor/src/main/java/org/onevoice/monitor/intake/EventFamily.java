package org.onevoice.monitor.intake;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.onevoice.events.serde.EventJson;

/**
 * How to read and apply one family of contract events.
 *
 * @param type    the sealed contract interface the JSON names a subtype of
 * @param eventId the id that makes a redelivery recognisable
 * @param effect  what applying one event does, inside the caller's transaction
 */
public record EventFamily<T>(Class<T> type, Function<T, String> eventId, Consumer<T> effect) {

    public T parse(byte[] value) {
        if (value == null || value.length == 0) {
            throw new UnusableEventException("empty record is not a " + type.getSimpleName());
        }
        try {
            T event = EventJson.MAPPER.readValue(value, type);
            UnusableEventException.required(eventId.apply(event), "eventId");
            return event;
        } catch (IOException e) {
            throw new UnusableEventException("not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
