package org.onevoice.monitor.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onevoice.events.serde.AlertEventDeserializer;
import org.onevoice.events.v1.AlertEvent;
import org.onevoice.events.v1.Topics;
import org.onevoice.local.test.TestAccounts;
import org.onevoice.monitor.support.Alerts;
import org.onevoice.monitor.support.Conversations;
import org.onevoice.monitor.support.Events;
import org.onevoice.monitor.support.Kafka;

/** People acknowledge and resolve alerts; live clients and Kafka see every change. */
@QuarkusTest
class AlertLifecycleTest {
    @TestHTTPResource("/api/alerts/stream")
    URI stream;

    @Test
    void acknowledgedThenResolvedByHandAndNotReopenedWhileTheGapPersists() {
        String topic = "lifecycle-" + Events.uniqueId();
        Instant day = Instant.parse("2026-03-12T08:00:00Z");
        Kafka.publish(Conversations.answeredTweets(topic, day, Conversations.steps(30, 10, 20)));
        Kafka.publish(Conversations.answeredCalls(topic, day, Conversations.steps(900, 20, 20)));
        long id = Alerts.awaitNewest(topic, "OPEN").getLong("id");

        List<String> live = new CopyOnWriteArrayList<>();
        CompletableFuture<HttpResponse<Stream<String>>> connected = HttpClient.newHttpClient()
                .sendAsync(HttpRequest.newBuilder(stream).header("Accept", "text/event-stream")
                        .header("Authorization", TestAccounts.OPS.basicAuthorization()).build(), HttpResponse.BodyHandlers.ofLines());
        await().atMost(Duration.ofSeconds(30)).until(connected::isDone);
        CompletableFuture<Void> listening = connected.thenAcceptAsync(response -> response.body().forEach(live::add));
        try {
            given().contentType("application/json").body("{}").post("/api/alerts/{id}/acknowledge", id).then()
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("by"));
            given().contentType("application/json").body("{\"by\":\"dorit\"}").post("/api/alerts/{id}/acknowledge", id).then()
                    .statusCode(200)
                    .body("state", equalTo("ACKNOWLEDGED"))
                    .body("acknowledgedBy", equalTo("dorit"))
                    .body("acknowledgedAt", notNullValue());
            given().contentType("application/json").body("{\"by\":\"dorit\"}").post("/api/alerts/{id}/acknowledge", id).then()
                    .statusCode(409);

            given().contentType("application/json").body("{\"by\":\"ana\"}").post("/api/alerts/{id}/resolve", id).then()
                    .statusCode(200)
                    .body("state", equalTo("RESOLVED"))
                    .body("resolvedBy", equalTo("ana"));
            given().contentType("application/json").body("{\"by\":\"ana\"}").post("/api/alerts/{id}/resolve", id).then()
                    .statusCode(409);
            await().atMost(Duration.ofSeconds(30)).until(() -> liveStates(live, id).equals(List.of("ACKNOWLEDGED", "RESOLVED")));
        } finally {
            listening.cancel(true);
            connected.thenAccept(response -> response.body().close());
        }

        Alerts.awaitEvaluationAfterNow();
        assertEquals(1, Alerts.ofTopic(topic).size(), "the gap persists, but a person resolved it: no new alert");

        String key = "RESPONSE_TIME|" + topic + "|X|CALL_CENTRE";
        List<ConsumerRecord<String, byte[]>> records = Kafka.awaitRecords(Topics.CONSISTENCY_ALERTS, r -> key.equals(r.key()), 3);
        try (var deserializer = new AlertEventDeserializer()) {
            assertEquals(List.of("OPEN", "ACKNOWLEDGED", "RESOLVED"),
                    records.stream().map(r -> deserializer.deserialize(r.topic(), r.value())).map(AlertEvent::state).toList());
        }
    }

    @Test
    void anUnknownAlertIsNotFound() {
        given().contentType("application/json").body("{\"by\":\"dorit\"}").post("/api/alerts/{id}/resolve", Long.MAX_VALUE).then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("state", "SLEEPING").get("/api/alerts").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("state"));
    }

    private static List<String> liveStates(List<String> lines, long id) {
        return lines.stream()
                .filter(line -> line.startsWith("data:") && line.contains("\"id\":" + id + ","))
                .map(line -> line.replaceAll(".*\"state\":\"([A-Z]+)\".*", "$1"))
                .toList();
    }
}
