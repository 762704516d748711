package org.onevoice.monitor.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.onevoice.events.serde.EventJson;
import org.onevoice.events.v1.Channel;

/** What a check found and wants alerted: the alert before it exists. */
public record AlertDraft(String alertKey, AlertKind kind, String topic, List<Channel> channels, Double ratio,
                         String summary, String detailsJson) {

    /** The details a person needs to judge the alert, as stored and shown. */
    public static String details(Object details) {
        try {
            return EventJson.MAPPER.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write alert details", e);
        }
    }
}
