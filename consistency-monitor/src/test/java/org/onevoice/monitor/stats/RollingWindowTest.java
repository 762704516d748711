package org.onevoice.monitor.stats;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.monitor.support.Events;
import org.onevoice.monitor.support.Kafka;

/**
 * Rolling windows end at the newest event time. This class owns the newest event times of the
 * suite (November 2026); every other test publishes earlier ones.
 */
@QuarkusTest
class RollingWindowTest {
    private static final Instant NEWEST = Instant.parse("2026-11-01T12:00:00Z");

    @Test
    void windowsOfOneHourOneDayAndOneWeekBeforeTheNewestEvent() {
        ContactReceived lastHour = Events.tweet(Events.xUser(), NEWEST.minusSeconds(600), null);
        ContactReceived lastDay = Events.tweet(Events.xUser(), NEWEST.minus(Duration.ofHours(2)), null);
        ContactReceived lastWeek = Events.tweet(Events.xUser(), NEWEST.minus(Duration.ofDays(2)), null);
        ContactReceived older = Events.tweet(Events.xUser(), NEWEST.minus(Duration.ofDays(10)), null);
        Kafka.publish(lastWeek, Events.brandReply(lastWeek, lastWeek.channelTimestamp().plusSeconds(300), "a"),
                older, Events.brandReply(older, older.channelTimestamp().plusSeconds(60), "b"),
                lastDay, Events.brandReply(lastDay, lastDay.channelTimestamp().plusSeconds(120), "c"),
                lastHour, Events.brandReply(lastHour, NEWEST, "d"));

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().queryParam("window", "1h").get("/api/channels/stats").then()
                .statusCode(200)
                .body("from", equalTo(NEWEST.minus(Duration.ofHours(1)).toString()))
                .body("to", equalTo(NEWEST.toString()))
                .body("channels.contacts", contains(1))
                .body("channels[0].medianFirstResponseSeconds", equalTo(600.0f)));
        // 120 s and 600 s: S(120) = 1/2.
        given().queryParam("window", "24h").get("/api/channels/stats").then()
                .body("channels.contacts", contains(2))
                .body("channels[0].medianFirstResponseSeconds", equalTo(120.0f));
        given().queryParam("window", "7d").get("/api/topics/stats").then()
                .body("from", equalTo(NEWEST.minus(Duration.ofDays(7)).toString()))
                .body("topics.topic", contains("unknown"))
                .body("topics[0].contacts", equalTo(3))
                .body("topics[0].channels[0].channel", equalTo("X"));
    }
}
