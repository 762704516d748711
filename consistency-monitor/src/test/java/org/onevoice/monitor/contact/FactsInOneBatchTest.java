package org.onevoice.monitor.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEnded;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.TicketEvent;
import org.onevoice.events.v1.Topics;
import org.onevoice.monitor.support.Events;
import org.onevoice.monitor.support.Kafka;
import org.onevoice.monitor.support.Stats;

/**
 * A polled batch is applied set-wise: its facts are written first, then every contact it concerns
 * is derived once. Contacts and the facts about them that share a batch, in any order, come out
 * as if each event had been applied on its own.
 */
@QuarkusTest
class FactsInOneBatchTest {
    @Inject
    EntityManager em;

    @Test
    void contactsAndTheirFactsInOneBatchAreDerivedFromAllOfThem() {
        Instant t = Instant.parse("2026-02-06T09:00:00Z");
        ContactReceived tweet = Events.tweet(Events.xUser(), t, null);
        AnswerGiven brandReply = Events.brandReply(tweet, t.plusSeconds(120), "Sure");
        ContactReceived call = Events.callQueued(Events.phone(), "call-" + Events.uniqueId(), t, null);
        ContactEnded hungUp = Events.callAbandoned(call, 40);
        ContactReceived mail = Events.email(Events.email(), t, null);
        long ticket = Events.ticketId();
        List<TicketEvent> ticketEvents = List.of(
                Events.ticketOpened(ticket, mail, null),
                Events.agentReplied(ticket, Channel.EMAIL, t.plus(Duration.ofMinutes(45)), "Your refund is on its way"),
                Events.resolved(ticket, Channel.EMAIL, t.plus(Duration.ofHours(2))));

        // The brand's reply ahead of the tweet it answers, the call's end right behind the call.
        Kafka.publishAsOneBatch(Topics.CONTACTS_INBOUND, brandReply, tweet, call, hungUp, mail);
        Kafka.publishAsOneBatch(Topics.TICKET_EVENTS, ticketEvents.toArray());

        JsonPath stats = Stats.awaitChannels(t, t.plusSeconds(1), json -> json.getList("channels.answered").equals(List.of(1, 1, 0))
                && json.get("channels[1].resolutionMedianSeconds") != null);
        assertEquals(List.of("X", "EMAIL", "CALL_CENTRE"), stats.getList("channels.channel"));
        assertEquals(List.of(1, 1, 1), stats.getList("channels.contacts"));
        assertEquals(List.of(0, 0, 1), stats.getList("channels.abandoned"));
        assertEquals(120.0f, stats.getFloat("channels[0].medianFirstResponseSeconds"));
        assertEquals(2700.0f, stats.getFloat("channels[1].medianFirstResponseSeconds"));
        assertEquals(7200.0f, stats.getFloat("channels[1].resolutionMedianSeconds"));
        // The premise: each topic's events were applied in one transaction, whose start time the log records.
        assertEquals(1, transactionsThatApplied(List.of(brandReply.eventId(), tweet.eventId(), call.eventId(), hungUp.eventId(), mail.eventId())));
        assertEquals(1, transactionsThatApplied(ticketEvents.stream().map(TicketEvent::eventId).toList()));
    }

    private long transactionsThatApplied(List<String> eventIds) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(DISTINCT processed_at) FROM processed_event WHERE event_id IN (:ids)")
                .setParameter("ids", eventIds).getSingleResult()).longValue());
    }
}
