package org.onevoice.monitor.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.monitor.support.Alerts;
import org.onevoice.monitor.support.Events;
import org.onevoice.monitor.support.Kafka;
import org.onevoice.monitor.support.Stats;

/** Contradicting answers on two channels raise exactly the alerts for those pairs; consistent ones none. */
@QuarkusTest
class AnswerDivergenceTest {
    private static final Instant T = Instant.parse("2026-04-07T10:00:00Z");

    @Test
    void contradictingDurationsOpenOneAlertPerContradictingPair() {
        String refunds = "refunds-" + Events.uniqueId();
        ContactReceived tweet = Events.tweet(Events.xUser(), T, refunds);
        ContactReceived mail = Events.email(Events.email(), T.plusSeconds(60), refunds);
        ContactReceived call = Events.callQueued(Events.phone(), "call-" + Events.uniqueId(), T.plusSeconds(120), refunds);
        long mailTicket = Events.ticketId();
        Kafka.publish(tweet, Events.brandReply(tweet, T.plusSeconds(600), "@klant We storten het bedrag binnen 3 werkdagen terug."),
                mail,
                call, Events.callAnswered(call, T.plusSeconds(180), "Binnen 3 werkdagen staat het op je rekening.", null));
        Kafka.publish(Events.ticketOpened(mailTicket, mail, refunds),
                Events.agentReplied(mailTicket, Channel.EMAIL, T.plus(Duration.ofHours(2)), "The refund will reach you within 10 business days."));

        Alerts.awaitNewest(refunds, "OPEN");
        Alerts.awaitEvaluationAfterNow();
        List<Map<String, Object>> alerts = Alerts.ofTopic(refunds);
        assertEquals(List.of("ANSWER_DIVERGENCE|" + refunds + "|EMAIL|CALL_CENTRE", "ANSWER_DIVERGENCE|" + refunds + "|X|EMAIL"),
                alerts.stream().map(a -> (String) a.get("alertKey")).sorted().toList());

        JsonPath xEmail = Alerts.byKey(refunds, "ANSWER_DIVERGENCE|" + refunds + "|X|EMAIL");
        assertEquals("X and EMAIL answer '" + refunds + "' differently: DURATION 3 business days vs 10 business days", xEmail.getString("summary"));
        assertEquals("DURATION", xEmail.getString("details.conflicts[0].fact"));
        assertEquals("X", xEmail.getString("details.conflicts[0].sides[0].channel"));
        assertEquals("3 werkdagen", xEmail.getString("details.conflicts[0].sides[0].answers[0].stated"));
        assertEquals("EMAIL", xEmail.getString("details.conflicts[0].sides[1].channel"));
        assertEquals(mailTicket, xEmail.getLong("details.conflicts[0].sides[1].answers[0].ticketId"));
        assertEquals("The refund will reach you within 10 business days.", xEmail.getString("details.conflicts[0].sides[1].answers[0].body"));
    }

    @Test
    void theSameFactInOtherWordsRaisesNothing() {
        String phone = "support-line-" + Events.uniqueId();
        ContactReceived tweet = Events.tweet(Events.xUser(), T.plus(Duration.ofDays(1)), phone);
        ContactReceived call = Events.callQueued(Events.phone(), "call-" + Events.uniqueId(), T.plus(Duration.ofDays(1)), phone);
        Kafka.publish(tweet, Events.brandReply(tweet, tweet.channelTimestamp().plusSeconds(60), "Bel ons gerust op 088 123 4567"),
                call, Events.callAnswered(call, call.channelTimestamp().plusSeconds(30), "You can call +31 88 123 4567 any time", null));

        Stats.awaitTopicContacts(phone, 2);
        Alerts.awaitEvaluationAfterNow();
        assertEquals(List.of(), Alerts.ofTopic(phone));
    }
}
