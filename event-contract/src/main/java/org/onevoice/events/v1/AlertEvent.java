package org.onevoice.events.v1;

import java.time.Instant;
import java.util.List;

/**
 * A channel-gap alert changed state, as published by the consistency monitor on
 * {@link Topics#CONSISTENCY_ALERTS}.
 *
 * @param alertKey  stable identity of what is alerted on, e.g. {@code RESPONSE_TIME|billing|X|CALL_CENTRE}
 * @param kind      {@code RESPONSE_TIME_GAP}, {@code ANSWER_DIVERGENCE} or {@code CHANNEL_HOPPING}
 * @param state     {@code OPEN}, {@code ACKNOWLEDGED} or {@code RESOLVED}
 * @param channels  the channels compared
 * @param summary   one line a person can read
 */
public record AlertEvent(
        String eventId,
        String alertKey,
        String kind,
        String state,
        String topic,
        List<Channel> channels,
        Double ratio,
        Instant occurredAt,
        String summary) {

    public static final String CLOUD_EVENT_TYPE = "org.onevoice.alert.changed.v1";

    public AlertEvent {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    public String partitionKey() {
        return alertKey;
    }
}
