package org.onevoice.ticket.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.InternalNoteAdded;
import org.onevoice.events.v1.TicketEvent;
import org.onevoice.events.v1.TicketOpened;
import org.onevoice.ticket.support.Api;
import org.onevoice.ticket.support.Kafka;
import org.onevoice.ticket.support.Replies;

/**
 * The process dies after a reply was committed but before its event reached Kafka: the event
 * waits in the outbox and goes out exactly once when the relay runs again.
 */
@QuarkusTest
class OutboxCrashRecoveryTest {
    @Inject
    TicketOutboxRelay relay;
    @Inject
    EntityManager em;

    @Test
    void anEventCommittedWhileTheRelayIsDownIsSentOnceWhenItComesBack() throws InterruptedException {
        long ticket = Api.newTweetTicket("@Acme outbox", Instant.parse("2026-03-10T10:00:00Z"));
        Kafka.ticketEventsUntil(ticket, e -> e instanceof TicketOpened);

        relay.stopRelay();
        long reply;
        try {
            reply = Replies.reply(ticket, "@cust answered while the relay is down");
            assertTrue(waitingInOutbox(ticket) >= 1, "the committed reply's event waits in outbox_event");
        } finally {
            relay.startRelay();
        }

        await().until(() -> waitingInOutbox(ticket) == 0);
        Api.addNote(ticket, "marker after the reply");
        List<TicketEvent> events = Kafka.ticketEventsUntil(ticket, e -> e instanceof InternalNoteAdded);
        assertEquals(1, events.stream().filter(e -> e instanceof AgentReplied r && r.replyId() == reply).count());
    }

    private long waitingInOutbox(long ticket) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE partition_key = ?1")
                .setParameter(1, Long.toString(ticket)).getSingleResult()).longValue());
    }
}
