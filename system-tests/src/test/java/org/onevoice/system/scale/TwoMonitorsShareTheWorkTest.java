package org.onevoice.system.scale;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onevoice.local.cli.ServiceStack;
import org.onevoice.system.support.Pacing;
import org.onevoice.system.support.SystemTest;

/**
 * A second consistency monitor started beside the first takes over part of the Kafka partitions
 * and applies its share of the contacts and ticket events at the same time as the first, into the
 * same database: both instances commit events, and both report the exact figures of all of them.
 */
class TwoMonitorsShareTheWorkTest extends SystemTest {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final Pattern INTAKE = Pattern.compile("(?m)^monitor_intake_events_total\\{family=\"(\\w+)\"[^}]*} ([0-9.E+]+)$");
    private static final int TWEETS = 240;
    private static final int ANSWERED = 80;

    @Test
    void bothInstancesApplyPartOfTheIntakeAndReportTheSameExactFigures() {
        String first = system.url(ServiceStack.MONITOR);
        String second = system.startSecondInstance(ServiceStack.MONITOR);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));

        // 20 tweets a second for 12 s, so the load keeps coming while the group rebalances.
        Pacing pacing = new Pacing(20);
        for (int i = 0; i < TWEETS; i++) {
            pacing.awaitTurn(i);
            int status = system.channels().tweet(Long.toString(1_800_000_000_000_000_000L + i), Long.toString(7_000_000 + i),
                    "customer" + i, "@Acme where is my refund? #" + i, start.plusSeconds(i));
            assertEquals(2, status / 100, "accepted: HTTP " + status);
        }
        List<Long> tickets = await().atMost(WAIT).until(() -> system.ticketsAsAgent().queryParam("channel", "X").queryParam("limit", 100)
                .get("/api/tickets").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class), ids -> ids.size() >= ANSWERED);
        for (long ticket : tickets.subList(0, ANSWERED)) {
            system.ticketsAsAgent().contentType(ContentType.JSON).body("{\"body\":\"Your refund is on its way.\",\"author\":\"ann\"}")
                    .post("/api/tickets/{id}/replies", ticket).then().statusCode(201);
        }

        Instant to = start.plus(Duration.ofHours(2));
        for (String instance : List.of(first, second)) {
            Map<String, Object> x = await().atMost(WAIT).until(() -> xFigures(instance, start, to),
                    figures -> Integer.valueOf(TWEETS).equals(figures.get("contacts")) && Integer.valueOf(ANSWERED).equals(figures.get("answered")));
            assertEquals(TWEETS - ANSWERED, x.get("unanswered"), instance);
        }
        double firstShare = committedEvents(first);
        double secondShare = committedEvents(second);
        System.out.printf("monitor instances committed %.0f and %.0f contact and ticket events%n", firstShare, secondShare);
        assertTrue(firstShare > 0 && secondShare > 0, "both instances applied events: " + firstShare + " and " + secondShare);
    }

    /** The X channel's figures as one instance reports them; empty before the first tweet counts. */
    private static Map<String, Object> xFigures(String instance, Instant from, Instant to) {
        Map<String, Object> x = system.monitorAsOps(instance).queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/channels/stats").then().statusCode(200).extract().jsonPath().getMap("channels.find { it.channel == 'X' }");
        return x == null ? Map.of() : x;
    }

    /** Contact and ticket events this instance committed, from its Prometheus endpoint. */
    private static double committedEvents(String instance) {
        String metrics = system.monitorAsOps(instance).get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = INTAKE.matcher(metrics);
        double total = 0;
        while (m.find()) {
            if (!m.group(1).equals("CustomerErased")) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }
}
