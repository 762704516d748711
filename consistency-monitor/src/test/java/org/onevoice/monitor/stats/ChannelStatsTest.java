package org.onevoice.monitor.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.monitor.support.Events;
import org.onevoice.monitor.support.Kafka;
import org.onevoice.monitor.support.Stats;

/** Per-channel first-response figures for a known mix of tweets, calls and an email. */
@QuarkusTest
class ChannelStatsTest {
    private static final Instant T = Instant.parse("2026-02-02T10:00:00Z");

    @Test
    void figuresPerChannelCountAbandonedAndOpenContactsAsCensoredWaits() {
        CustomerIdentity twice = Events.xUser();
        ContactReceived tweet1 = Events.tweet(twice, T, null);
        ContactReceived tweet2 = Events.tweet(twice, T.plusSeconds(600), null);
        ContactReceived tweet3 = Events.tweet(Events.xUser(), T.plusSeconds(1200), null);
        ContactReceived tweet4 = Events.tweet(Events.xUser(), T.plusSeconds(1800), null);
        long tweet4Ticket = Events.ticketId();

        ContactReceived call1 = Events.callQueued(Events.phone(), "call-" + Events.uniqueId(), T, null);
        ContactReceived call2 = Events.callQueued(Events.phone(), "call-" + Events.uniqueId(), T.plusSeconds(300), null);
        ContactReceived call3 = Events.callQueued(Events.phone(), "call-" + Events.uniqueId(), T.plusSeconds(600), null);
        ContactReceived call4 = Events.callQueued(Events.phone(), "call-" + Events.uniqueId(), T.plusSeconds(900), null);
        ContactReceived call5 = Events.callQueued(Events.phone(), "call-" + Events.uniqueId(), T.plusSeconds(1200), null);

        ContactReceived mail = Events.email(Events.email(), T.plusSeconds(2400), null);
        long mailTicket = Events.ticketId();

        Kafka.publish(tweet1, Events.brandReply(tweet1, T.plusSeconds(60), "Hi!"),
                tweet2, Events.brandReply(tweet2, T.plusSeconds(780), "Hello again"),
                tweet3, tweet4,
                call1, Events.callAnswered(call1, T.plusSeconds(30), null, null),
                call2, Events.callAnswered(call2, T.plusSeconds(390), null, null),
                call3, Events.callAbandoned(call3, 45),
                call4, Events.callAbandoned(call4, 200),
                call5, Events.callAnswered(call5, T.plusSeconds(1320), null, null),
                mail);
        Kafka.publish(Events.ticketOpened(tweet4Ticket, tweet4, null),
                Events.agentReplied(tweet4Ticket, Channel.X, T.plusSeconds(2100), "We are on it"),
                Events.ticketOpened(mailTicket, mail, null),
                Events.agentReplied(mailTicket, Channel.EMAIL, T.plusSeconds(6000), "Dear customer"),
                Events.resolved(mailTicket, Channel.EMAIL, T.plusSeconds(9600)));

        String from = T.toString();
        String to = T.plus(Duration.ofHours(4)).toString();
        Stats.awaitChannels(T, T.plus(Duration.ofHours(4)), json -> json.getList("channels.answered").equals(List.of(3, 1, 3)));

        // X waits 60, 180 and 300 s observed, one open tweet censored at `to`: S(60)=3/4, S(180)=1/2.
        // Calls: 30 observed, 45 censored, 90 observed (S=4/5·2/3), 120 observed (S halves), 200 censored.
        given().queryParam("from", from).queryParam("to", to).get("/api/channels/stats").then()
                .body("from", equalTo(from))
                .body("to", equalTo(to))
                .body("topic", nullValue())
                .body("channels.channel", contains("X", "EMAIL", "CALL_CENTRE"))
                .body("channels.contacts", contains(4, 1, 5))
                .body("channels.answered", contains(3, 1, 3))
                .body("channels.unanswered", contains(1, 0, 2))
                .body("channels.abandoned", contains(0, 0, 2))
                .body("channels.medianFirstResponseSeconds", contains(180.0f, 3600.0f, 120.0f))
                .body("channels.p90FirstResponseSeconds", contains(nullValue(), equalTo(3600.0f), nullValue()))
                .body("channels.resolutionMedianSeconds", contains(nullValue(), equalTo(7200.0f), nullValue()))
                .body("channels.repeatContacts", contains(1, 0, 0))
                // Four X waits cannot bound the median from above; KaplanMeierTest checks the interval's values.
                .body("channels[0].medianCi95.lower", equalTo(60.0f))
                .body("channels[0].medianCi95.upper", nullValue());
    }
}
