package org.onevoice.monitor.intake;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.onevoice.events.serde.EventJson;

/**
 * How to read and apply one family of contract events.
 *
 * @param type     the sealed contract interface the JSON names a subtype of
 * @param eventId  the id that makes a redelivery recognisable
 * @param joinKeys the {@link IntakeLocks join keys} an event's effect needs to itself; null for a
 *                 family whose effect must run alone
 * @param effect   what applying the events of a batch does, in their order, inside the caller's
 *                 transaction: the whole batch at once, so that it can be applied set-wise
 */
public record EventFamily<T>(Class<T> type, Function<T, String> eventId, Function<T, Collection<String>> joinKeys,
                             Consumer<List<T>> effect) {

    /** A family whose events are applied alongside other intake, serialised only on their join keys. */
    public static <T> EventFamily<T> keyed(Class<T> type, Function<T, String> eventId, Function<T, Collection<String>> joinKeys,
                                           Consumer<List<T>> effect) {
        return new EventFamily<>(type, eventId, joinKeys, effect);
    }

    /** A family whose events are applied while no other intake transaction runs. */
    public static <T> EventFamily<T> alone(Class<T> type, Function<T, String> eventId, Consumer<T> effect) {
        return new EventFamily<>(type, eventId, null, events -> events.forEach(effect));
    }

    public boolean runsAlone() {
        return joinKeys == null;
    }

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
