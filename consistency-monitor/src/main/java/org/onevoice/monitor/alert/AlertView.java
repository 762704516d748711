package org.onevoice.monitor.alert;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.serde.EventJson;

/** An alert as the API and the live feed show it. */
public record AlertView(
        long id,
        String alertKey,
        AlertKind kind,
        AlertState state,
        String topic,
        List<Channel> channels,
        Double ratio,
        String summary,
        JsonNode details,
        Instant openedAt,
        Instant acknowledgedAt,
        String acknowledgedBy,
        Instant resolvedAt,
        String resolvedBy) {

    public static AlertView of(Alert alert) {
        return new AlertView(alert.id, alert.alertKey, alert.kind, alert.state, alert.topic, alert.channels(), alert.ratio,
                alert.summary, details(alert.details), alert.openedAt, alert.acknowledgedAt, alert.acknowledgedBy,
                alert.resolvedAt, alert.resolvedBy);
    }

    private static JsonNode details(String json) {
        if (json == null) {
            return null;
        }
        try {
            return EventJson.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored alert details are not JSON", e);
        }
    }
}
