package org.onevoice.monitor.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onevoice.events.serde.AlertEventDeserializer;
import org.onevoice.events.v1.AlertEvent;
import org.onevoice.events.v1.Topics;
import org.onevoice.monitor.support.Alerts;
import org.onevoice.monitor.support.Conversations;
import org.onevoice.monitor.support.Events;
import org.onevoice.monitor.support.Kafka;
import org.onevoice.monitor.support.Stats;

/**
 * A gap alert opens exactly when both channels have enough contacts, the medians differ by the
 * ratio and their intervals are apart; it resolves only below 0.8 × the ratio; each change is
 * published on consistency.alerts.
 */
@QuarkusTest
class ResponseTimeGapAlertTest {

    @Test
    void opensWithEnoughEvidenceAndResolvesWithHysteresis() {
        String topic = "gap-" + Events.uniqueId();
        Instant day = Instant.parse("2026-03-10T08:00:00Z");

        // 19 contacts each: X waits 500..680 s (median 590), calls 30..210 s (median 120). Ratio 4.9, one sample short.
        Kafka.publish(Conversations.answeredTweets(topic, day, Conversations.steps(500, 10, 19)));
        Kafka.publish(Conversations.answeredCalls(topic, day, Conversations.steps(30, 10, 19)));
        Stats.awaitTopicContacts(topic, 38);
        Alerts.awaitEvaluationAfterNow();
        assertEquals(List.of(), Alerts.ofTopic(topic));

        // The 20th of each: X median 590 s, calls 120 s.
        Kafka.publish(Conversations.answeredTweets(topic, day.plusSeconds(3600), 690));
        Kafka.publish(Conversations.answeredCalls(topic, day.plusSeconds(3600), 220));
        JsonPath open = Alerts.awaitNewest(topic, "OPEN");
        assertEquals("RESPONSE_TIME_GAP", open.getString("kind"));
        assertEquals(List.of("X", "CALL_CENTRE"), open.getList("channels"));
        assertEquals(590.0 / 120.0, open.getDouble("ratio"), 1e-5);
        assertEquals("X", open.getString("details.slower.channel"));
        assertTrue(open.getString("summary").startsWith("X answers '" + topic + "' 4.9× slower than CALL_CENTRE"), open.getString("summary"));

        // 20 more X answers after 300 s: X median 300 s, ratio 2.5, under 3 but not under 2.4: stays open.
        Kafka.publish(Conversations.answeredTweets(topic, day.plusSeconds(7200), Conversations.same(300, 20)));
        Stats.awaitTopicContacts(topic, 60);
        Alerts.awaitEvaluationAfterNow();
        JsonPath stillOpen = Alerts.awaitNewest(topic, "OPEN");
        assertEquals(open.getLong("id"), stillOpen.getLong("id"));
        assertEquals(2.5, stillOpen.getDouble("ratio"), 1e-5);

        // 40 more after 240 s: X median 240 s, ratio 2.0: resolved by the monitor.
        Kafka.publish(Conversations.answeredTweets(topic, day.plusSeconds(10800), Conversations.same(240, 40)));
        JsonPath resolved = Alerts.awaitNewest(topic, "RESOLVED");
        assertEquals(open.getLong("id"), resolved.getLong("id"));
        assertEquals("consistency-monitor", resolved.getString("resolvedBy"));
        assertEquals(2.0, resolved.getDouble("ratio"), 1e-5);
        assertEquals(1, Alerts.ofTopic(topic).size());

        String key = "RESPONSE_TIME|" + topic + "|X|CALL_CENTRE";
        List<ConsumerRecord<String, byte[]>> records = Kafka.awaitRecords(Topics.CONSISTENCY_ALERTS, r -> key.equals(r.key()), 2);
        try (var deserializer = new AlertEventDeserializer()) {
            List<AlertEvent> events = records.stream().map(r -> deserializer.deserialize(r.topic(), r.value())).toList();
            assertEquals(List.of("OPEN", "RESOLVED"), events.stream().map(AlertEvent::state).toList());
            assertEquals(topic, events.get(0).topic());
            assertEquals("RESPONSE_TIME_GAP", events.get(0).kind());
        }
        assertEquals(AlertEvent.CLOUD_EVENT_TYPE,
                new String(records.get(0).headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
    }
}
