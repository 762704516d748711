package org.onevoice.ticket.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import org.hibernate.query.NativeQuery;
import org.onevoice.events.serde.EventJson;
import org.onevoice.events.v1.TicketEvent;
import org.onevoice.ticket.live.TicketChange;
import org.onevoice.ticket.live.TicketStream;
import org.onevoice.ticket.transaction.AfterCommit;

/**
 * Writes ticket events in the caller's transaction, so an event exists if and only if the change
 * it describes was committed. {@link OutboxRelay} sends them to Kafka afterwards.
 */
@ApplicationScoped
public class Outbox {
    private final EntityManager em;
    private final AfterCommit afterCommit;
    private final OutboxRelay relay;
    private final TicketStream stream;

    Outbox(EntityManager em, AfterCommit afterCommit, OutboxRelay relay, TicketStream stream) {
        this.em = em;
        this.afterCommit = afterCommit;
        this.relay = relay;
        this.stream = stream;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(TicketEvent event) {
        em.createNativeQuery("""
                        INSERT INTO outbox_event (event_id, partition_key, event_type, occurred_at, payload)
                        VALUES (?1, ?2, ?3, ?4, ?5)""")
                // Naming the only table it touches spares a flush of the whole session before it,
                // which would break up the JDBC batches of a batch intake.
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("outbox_event")
                .setParameter(1, event.eventId())
                .setParameter(2, event.partitionKey())
                .setParameter(3, event.cloudEventType())
                .setParameter(4, Timestamp.from(event.occurredAt()))
                .setParameter(5, json(event))
                .executeUpdate();
        stream.announceAfterCommit(new TicketChange(event.ticketId(), event.getClass().getSimpleName()));
        // Relay right after commit instead of waiting for its next poll: lower latency, same safety.
        afterCommit.run(relay::wakeUp);
    }

    private static String json(TicketEvent event) {
        try {
            return EventJson.MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + event, e);
        }
    }
}
