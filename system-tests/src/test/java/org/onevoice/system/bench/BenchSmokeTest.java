package org.onevoice.system.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevoice.local.bench.BenchCommand;
import org.onevoice.system.support.RunningSystem;

/**
 * {@code ./onevoice bench} for a few seconds at a low rate against the packaged services, so the
 * command keeps working as the services change. Asserts what the bench exists to prove, not speed.
 */
class BenchSmokeTest {
    @TempDir
    Path dir;

    @Test
    void aShortBenchLosesAndDuplicatesNothingAndMeasuresEveryStage() throws Exception {
        Path report = dir.resolve("bench.json");
        int exit = new BenchCommand(Map.of("ONEVOICE_ROOT", RunningSystem.root().toString()))
                .run(new String[] {"--rate", "10", "--duration", "5", "--replies", "20", "--out", report.toString()});
        assertEquals(0, exit);

        JsonNode json = new ObjectMapper().readTree(report.toFile());
        JsonNode integrity = json.path("integrity");
        assertEquals(50, json.path("load").path("offered").asLong());
        assertTrue(json.path("load").path("accepted").asLong() > 0, "the gateway accepted contacts");
        assertEquals(0, integrity.path("lostInTickets").asLong(), "no accepted contact is missing from the tickets");
        assertEquals(0, integrity.path("duplicatedInTickets").asLong());
        assertEquals(0, integrity.path("lostInMonitor").asLong(), "no accepted contact is missing from the monitor");
        assertEquals(0, integrity.path("duplicatedInMonitor").asLong());
        for (String stage : new String[] {"ackAfterDue", "ackToCommitted", "ackToMonitor"}) {
            JsonNode latency = json.path("latencies").path(stage);
            assertTrue(latency.path("count").asLong() > 0 && latency.path("p99").isNumber(), stage + " was measured: " + latency);
        }
        JsonNode replies = json.path("replies");
        assertTrue(replies.path("accepted").asLong() > 0, "the ticket API accepted agent replies: " + replies);
        assertEquals(replies.path("accepted").asLong(), replies.path("delivery").path("delivered").asLong(),
                "every accepted reply reached the customer's X API or mail server: " + replies);
        assertEquals(0, replies.path("delivery").path("deliveredTwice").asLong());
        JsonNode stages = replies.path("delivery").path("stages");
        for (JsonNode latency : List.of(replies.path("delivery").path("sentToDelivered"), stages.path("sentToKafka"),
                stages.path("kafkaToDelivering"), stages.path("deliveringToArrival"))) {
            assertEquals(replies.path("accepted").asLong(), latency.path("count").asLong(), "every reply's way was timed: " + replies);
        }
        assertEquals(3, json.path("readySeconds").size(), "start-up time of each service");
        assertEquals(3, json.path("readyAfterRestartAloneSeconds").size(), "start-up time of each service restarted alone");
        assertTrue(json.path("ceilings").path("kafkaRecordsPerSecond").asDouble() > 0);
        JsonNode postgres = json.path("postgres");
        assertTrue(postgres.path("databases").findValues("database").stream().map(JsonNode::asText).toList()
                .containsAll(List.of("tickets", "monitor")), "PostgreSQL's statements per service database: " + postgres);
        assertTrue(postgres.path("topStatements").size() > 0 && postgres.path("topStatements").get(0).path("calls").asLong() > 0,
                "the statements that took PostgreSQL's time: " + postgres);
        assertTrue(json.path("processes").findValues("peakRssMb").stream().allMatch(rss -> rss.asLong() > 0),
                "memory of every process: " + json.path("processes"));
    }
}
