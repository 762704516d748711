package org.onevoice.monitor.hopping;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.TicketEvent;
import org.onevoice.monitor.support.Alerts;
import org.onevoice.monitor.support.Events;
import org.onevoice.monitor.support.Kafka;
import org.onevoice.monitor.support.Stats;

/**
 * A customer who asks a topic again on another channel while the first contact is unanswered or
 * unresolved hopped out of that channel; one who asks again after a resolution, or after the
 * window, did not.
 */
@QuarkusTest
class ChannelHoppingTest {
    private static final Instant T = Instant.parse("2026-02-07T09:00:00Z");

    @Test
    void hopOutsAreCountedPerChannelAndManyRaiseAHoppingAlert() {
        String topic = "hop-" + Events.uniqueId();
        List<ContactEvent> contacts = new ArrayList<>();
        List<TicketEvent> tickets = new ArrayList<>();

        // Five customers tweet, get no answer and call about it an hour later: five hop-outs of X.
        for (int i = 0; i < 5; i++) {
            long customer = Events.ticketId();
            ContactReceived tweet = Events.tweet(Events.xUser(), T.plusSeconds(60L * i), topic);
            ContactReceived call = Events.callQueued(Events.phone(), "call-" + Events.uniqueId(), T.plusSeconds(3600 + 60L * i), topic);
            contacts.add(tweet);
            contacts.add(call);
            contacts.add(Events.callAnswered(call, call.channelTimestamp().plusSeconds(30), null, null));
            tickets.add(Events.ticketOpened(Events.ticketId(), customer, tweet, topic));
            tickets.add(Events.ticketOpened(Events.ticketId(), customer, call, topic));
        }
        // Answered and resolved on X before writing about it again by email: no hop.
        long settled = Events.ticketId();
        long settledTicket = Events.ticketId();
        Instant earlier = T.minus(Duration.ofHours(1));
        ContactReceived answeredTweet = Events.tweet(Events.xUser(), earlier, topic);
        AnswerGiven answer = Events.brandReply(answeredTweet, earlier.plusSeconds(600), "Done, see your app");
        ContactReceived laterMail = Events.email(Events.email(), T.plus(Duration.ofHours(3)), topic);
        contacts.add(answeredTweet);
        contacts.add(answer);
        contacts.add(laterMail);
        tickets.add(Events.ticketOpened(settledTicket, settled, answeredTweet, topic));
        tickets.add(Events.resolved(settledTicket, Channel.X, earlier.plusSeconds(900)));
        tickets.add(Events.ticketOpened(Events.ticketId(), settled, laterMail, topic));
        // Asked again on another channel, but eight days later: outside the 7-day window.
        long patient = Events.ticketId();
        ContactReceived oldTweet = Events.tweet(Events.xUser(), T.plusSeconds(30), topic);
        ContactReceived muchLaterCall = Events.callQueued(Events.phone(), "call-" + Events.uniqueId(), T.plus(Duration.ofDays(8)), topic);
        contacts.add(oldTweet);
        contacts.add(muchLaterCall);
        tickets.add(Events.ticketOpened(Events.ticketId(), patient, oldTweet, topic));
        tickets.add(Events.ticketOpened(Events.ticketId(), patient, muchLaterCall, topic));

        Kafka.publish(contacts.toArray(ContactEvent[]::new));
        Kafka.publish(tickets.toArray(TicketEvent[]::new));

        // The resolution first, then every customer known: hop-outs only grow from there to their final count.
        Stats.awaitChannels(earlier, earlier, json -> json.getList("channels.resolutionMedianSeconds").equals(List.of(900.0f)));
        Instant to = T.plus(Duration.ofDays(1));
        Stats.awaitChannels(earlier, to, json -> json.getList("channels.hopOuts").equals(List.of(5, 0, 0))
                && json.getList("channels.repeatContacts").equals(List.of(0, 1, 5)));
        JsonPath stats = given().queryParam("from", earlier.toString()).queryParam("to", to.toString()).queryParam("topic", topic)
                .get("/api/channels/stats").then().statusCode(200)
                .body("channels.channel", contains("X", "EMAIL", "CALL_CENTRE"))
                .body("channels.contacts", contains(7, 1, 5))
                .body("channels.hopOuts", contains(5, 0, 0))
                .extract().jsonPath();
        assertEquals(5.0 / 7, stats.getDouble("channels[0].hopOutRate"), 1e-6);
        assertEquals(0.0, stats.getDouble("channels[2].hopOutRate"));

        JsonPath alert = Alerts.awaitNewest(topic, "OPEN");
        assertEquals("CHANNEL_HOPPING", alert.getString("kind"));
        assertEquals("CHANNEL_HOPPING|" + topic + "|X|CALL_CENTRE", alert.getString("alertKey"));
        assertEquals(List.of("X", "CALL_CENTRE"), alert.getList("channels"));
        assertEquals(5.0 / 7, alert.getDouble("ratio"), 1e-6);
        assertEquals(1, Alerts.ofTopic(topic).size());
    }
}
