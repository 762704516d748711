package org.onevoice.monitor.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.TicketEvent;
import org.onevoice.monitor.support.Events;
import org.onevoice.monitor.support.Kafka;

/**
 * Intake transactions run side by side: two consumers per input and the two inputs at once. The
 * mails and the tickets they opened, their replies and resolutions are published at the same
 * moment from two producers, so a contact and the facts about it are applied by different
 * transactions at the same time; each must still be joined with all of them.
 */
@QuarkusTest
class ConcurrentIntakeTest {
    private static final Instant T = Instant.parse("2026-06-01T08:00:00Z");
    private static final int ROUNDS = 8;
    private static final int MAILS_PER_ROUND = 40;

    @Test
    void everyContactIsJoinedWithItsTicketsReplyAndResolutionWhenBothArriveAtOnce() {
        String topic = "concurrent-" + Events.uniqueId();
        int mails = 0;
        for (int round = 0; round < ROUNDS; round++) {
            List<ContactEvent> contacts = new ArrayList<>();
            List<TicketEvent> tickets = new ArrayList<>();
            for (int i = 0; i < MAILS_PER_ROUND; i++, mails++) {
                Instant at = T.plusSeconds(mails * 30L);
                ContactReceived mail = Events.email(Events.email(), at, topic);
                long ticket = Events.ticketId();
                contacts.add(mail);
                tickets.add(Events.ticketOpened(ticket, mail, topic));
                tickets.add(Events.agentReplied(ticket, Channel.EMAIL, at.plusSeconds(replyAfterSeconds(mails)), "Done."));
                tickets.add(Events.resolved(ticket, Channel.EMAIL, at.plusSeconds(3600)));
            }
            CompletableFuture.allOf(
                    CompletableFuture.runAsync(() -> Kafka.publish(contacts.toArray(ContactEvent[]::new))),
                    CompletableFuture.runAsync(() -> Kafka.publish(tickets.toArray(TicketEvent[]::new)))).join();
        }

        int expected = mails;
        // A contact that missed its reply would stay unanswered, and this wait would run out.
        JsonPath email = await().atMost(Duration.ofSeconds(90)).until(() -> statsOf(topic),
                json -> json.getList("channels.answered", Integer.class).equals(List.of(expected))
                        && Double.valueOf(3600.0).equals(json.getDouble("channels[0].resolutionMedianSeconds")));
        assertEquals(List.of("EMAIL"), email.getList("channels.channel"));
        assertEquals(expected, email.getInt("channels[0].contacts"));
        // Replies after 60, 70, ... 120 s in turn: of the 320 waits, more than half are 90 s or less and more than half 90 s or more.
        assertEquals(90.0, email.getDouble("channels[0].medianFirstResponseSeconds"), 1e-9);
    }

    private static long replyAfterSeconds(int mail) {
        return 60 + (mail % 7) * 10L;
    }

    private static JsonPath statsOf(String topic) {
        return given().queryParam("from", T.toString()).queryParam("to", T.plus(Duration.ofDays(1)).toString()).queryParam("topic", topic)
                .get("/api/channels/stats").then().statusCode(200).extract().jsonPath();
    }
}
