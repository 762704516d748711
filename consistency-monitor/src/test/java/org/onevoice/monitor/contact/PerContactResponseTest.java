package org.onevoice.monitor.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.monitor.support.Events;
import org.onevoice.monitor.support.Kafka;
import org.onevoice.monitor.support.Stats;

/**
 * The first response is measured per contact: a call is answered only in its own conversation,
 * even when the ticket service put a later call of the same caller on the same ticket.
 */
@QuarkusTest
class PerContactResponseTest {
    private static final Instant T = Instant.parse("2026-02-06T10:00:00Z");

    @Test
    void anAbandonedCallStaysCensoredWhenTheCallersNextCallOnTheSameTicketIsAnswered() {
        CustomerIdentity caller = Events.phone();
        ContactReceived first = Events.callQueued(caller, "call-" + Events.uniqueId(), T, null);
        ContactReceived second = Events.callQueued(caller, "call-" + Events.uniqueId(), T.plusSeconds(120), null);
        AnswerGiven pickedUp = Events.callAnswered(second, T.plusSeconds(125), null, null);
        long ticket = Events.ticketId();

        Kafka.publish(first, Events.callAbandoned(first, 40), second, pickedUp);
        Kafka.publish(Events.ticketOpened(ticket, first, null), Events.messageAdded(ticket, second),
                Events.answerRecorded(ticket, pickedUp), Events.resolved(ticket, Channel.CALL_CENTRE, T.plusSeconds(600)));

        Instant to = T.plus(Duration.ofHours(1));
        // The resolution comes last on the ticket's partition: once it counts, the ticket's reply has been applied too.
        Stats.awaitChannels(T, to, json -> json.getList("channels.resolutionMedianSeconds").equals(List.of(480.0f)));
        // Kaplan–Meier over one wait of 5 s and one censored at 40 s: S(5) = 1/2.
        given().queryParam("from", T.toString()).queryParam("to", to.toString()).get("/api/channels/stats").then()
                .statusCode(200)
                .body("channels.channel", contains(Channel.CALL_CENTRE.name()))
                .body("channels.answered", contains(1))
                .body("channels.abandoned", contains(1))
                .body("channels.medianFirstResponseSeconds", contains(5.0f))
                .body("channels.p90FirstResponseSeconds", contains(nullValue()));
    }
}
