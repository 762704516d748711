package org.onevoice.monitor.replay;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.monitor.support.Alerts;
import org.onevoice.monitor.support.Events;
import org.onevoice.monitor.support.Kafka;

/**
 * Issue 5's "done means" on generated history: a call log and support tweets are published in
 * event time as the gateway publishes them; the statistics over the replayed period report the
 * medians and p90s the test computes from the logs themselves, and an X-versus-call-centre gap
 * alert exists exactly when the ratio of medians reaches the configured 3.
 */
@QuarkusTest
class ReplayedHistoryTest {
    private static final double ALERT_RATIO = 3.0;
    /** monitor.alerts.median-floor: a faster median below it counts as it. */
    private static final double MEDIAN_FLOOR_SECONDS = 30.0;

    @Test
    void slowTweetsAgainstFastCallsRaiseAGapAlert() {
        // Calls wait 25 s on average; tweets get an answer after 25 minutes (median), 85 % of them.
        Replay replay = replay(Instant.parse("2026-05-04T08:00:00Z"), 1999, 1500, 0.85);

        assertTrue(replay.ratio() >= ALERT_RATIO, "the generated history has a gap: " + replay.ratio());
        JsonPath alert = Alerts.awaitNewest(replay.topic(), "OPEN");
        assertEquals("RESPONSE_TIME|" + replay.topic() + "|X|CALL_CENTRE", alert.getString("alertKey"));
        assertEquals(replay.ratio(), alert.getDouble("ratio"), 1e-6);
    }

    @Test
    void tweetsAnsweredAboutAsFastAsCallsRaiseNoGapAlert() {
        // Calls wait 25 s on average; tweets get an answer after 35 s (median), 95 % of them.
        Replay replay = replay(Instant.parse("2026-05-11T08:00:00Z"), 2002, 35, 0.95);

        assertTrue(replay.ratio() < ALERT_RATIO, "the generated history has no gap: " + replay.ratio());
        Alerts.awaitEvaluationAfterNow();
        assertEquals(List.of(), Alerts.ofTopic(replay.topic()));
    }

    private record Replay(String topic, double ratio) {
    }

    /**
     * Generates eight hours of 260 calls and 90 tweets from {@code start}, publishes them in event
     * time and checks the statistics against the test's own estimate.
     */
    private static Replay replay(Instant start, long seed, double tweetMedianReplySeconds, double tweetsAnswered) {
        Random random = new Random(seed);
        CallLog calls = CallLog.generate(random, start, 8, 260, 25);
        TweetLog tweets = TweetLog.generate(random, start, 8, 90, tweetMedianReplySeconds, tweetsAnswered);
        String topic = "replay-" + Events.uniqueId();
        List<ContactEvent> events = new ArrayList<>(calls.gatewayEvents(topic));
        events.addAll(tweets.gatewayEvents(topic));
        events.sort(Comparator.comparing(ContactEvent::channelTimestamp));
        Kafka.publish(events.toArray(ContactEvent[]::new));

        Instant to = start.plus(Duration.ofDays(1));
        long callContacts = calls.contacts();
        long tweetContacts = tweets.tweets().size();
        JsonPath stats = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).until(
                () -> given().queryParam("from", start.toString()).queryParam("to", to.toString()).queryParam("topic", topic)
                        .get("/api/channels/stats").then().statusCode(200).extract().jsonPath(),
                json -> json.getList("channels.contacts", Integer.class).equals(List.of((int) tweetContacts, (int) callContacts))
                        && json.getList("channels.answered", Integer.class).equals(List.of((int) tweets.answered(), (int) (callContacts - calls.abandoned()))));

        assertEquals(List.of("X", "CALL_CENTRE"), stats.getList("channels.channel"));
        assertEquals((int) calls.abandoned(), stats.getInt("channels[1].abandoned"));
        ReferenceKaplanMeier x = new ReferenceKaplanMeier(tweets.waits(to));
        ReferenceKaplanMeier callCentre = new ReferenceKaplanMeier(calls.waits());
        assertFigures(x, stats.getMap("channels[0]"));
        assertFigures(callCentre, stats.getMap("channels[1]"));
        return new Replay(topic, x.median() / Math.max(MEDIAN_FLOOR_SECONDS, callCentre.median()));
    }

    private static void assertFigures(ReferenceKaplanMeier expected, Map<String, Object> channel) {
        assertNotNull(expected.median());
        assertNotNull(expected.quantile(90));
        assertFalse(expected.waits().isEmpty());
        assertEquals(expected.median(), ((Number) channel.get("medianFirstResponseSeconds")).doubleValue(), 1e-6, channel.toString());
        assertEquals(expected.quantile(90), ((Number) channel.get("p90FirstResponseSeconds")).doubleValue(), 1e-6, channel.toString());
    }
}
