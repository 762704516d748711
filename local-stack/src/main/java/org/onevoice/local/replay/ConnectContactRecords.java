package org.onevoice.local.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onevoice.events.serde.EventJson;

/**
 * Amazon Connect contact trace records (one JSON object, an array of them, or one per line):
 * queue enqueue and dequeue times, agent connection, disconnect. Only voice contacts that
 * reached a queue are contacts.
 */
final class ConnectContactRecords {
    private ConnectContactRecords() {
    }

    static List<ReplayEvent.Call> read(Path file) throws IOException {
        List<ReplayEvent.Call> events = new ArrayList<>();
        try (var parser = EventJson.MAPPER.createParser(file.toFile())) {
            var records = EventJson.MAPPER.readValues(parser, JsonNode.class);
            while (records.hasNext()) {
                JsonNode node = records.next();
                if (node.isArray()) {
                    node.forEach(record -> events.addAll(call(record)));
                } else {
                    events.addAll(call(node));
                }
            }
        }
        return events;
    }

    private static List<ReplayEvent.Call> call(JsonNode ctr) {
        Instant enqueued = instant(ctr.path("Queue").path("EnqueueTimestamp"));
        if (!"VOICE".equals(ctr.path("Channel").asText()) || enqueued == null) {
            return List.of();
        }
        String callId = "connect-" + ctr.path("ContactId").asText();
        String caller = ctr.path("CustomerEndpoint").path("Address").asText(null);
        String queue = ctr.path("Queue").path("Name").asText(null);
        Instant connected = instant(ctr.path("Agent").path("ConnectedToAgentTimestamp"));
        Instant disconnected = instant(ctr.path("DisconnectTimestamp"));
        String agent = ctr.path("Agent").path("Username").asText(null);
        List<ReplayEvent.Call> events = new ArrayList<>();
        events.add(new ReplayEvent.Call(callId, "QUEUED", enqueued, caller, queue, null, null));
        if (connected != null) {
            events.add(new ReplayEvent.Call(callId, "ANSWERED", connected, caller, queue, agent, null));
            if (disconnected != null) {
                events.add(new ReplayEvent.Call(callId, "ENDED", disconnected, caller, queue, agent, null));
            }
        } else {
            Instant left = instant(ctr.path("Queue").path("DequeueTimestamp"));
            events.add(new ReplayEvent.Call(callId, "ABANDONED", left != null ? left : disconnected, caller, queue, null, null));
        }
        return events;
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Instant.parse(node.asText()) : null;
    }
}
