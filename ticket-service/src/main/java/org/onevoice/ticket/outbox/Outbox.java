package org.onevoice.ticket.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import org.hibernate.query.NativeQuery;
import org.onevoice.events.serde.EventJson;
import org.onevoice.events.v1.CustomerErased;
import org.onevoice.events.v1.TicketEvent;
import org.onevoice.events.v1.Topics;
import org.onevoice.ticket.live.TicketChange;
import org.onevoice.ticket.live.TicketStream;
import org.onevoice.ticket.transaction.AfterCommit;

/**
 * Writes ticket events (and customer erasures) in the caller's transaction, so an event exists if and only if the change
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
        insert(Topics.TICKET_EVENTS, event.eventId(), event.partitionKey(), event.cloudEventType(), event.occurredAt(), event);
        stream.announceAfterCommit(new TicketChange(event.ticketId(), event.getClass().getSimpleName()));
    }

    /** Relayed after every ticket event committed before it, on its own topic. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(CustomerErased event) {
        insert(Topics.CUSTOMER_EVENTS, event.eventId(), event.partitionKey(), CustomerErased.CLOUD_EVENT_TYPE, event.erasedAt(), event);
    }

    private void insert(String topic, String eventId, String partitionKey, String cloudEventType, Instant occurredAt, Object event) {
        em.createNativeQuery("""
                        INSERT INTO outbox_event (topic, event_id, partition_key, event_type, occurred_at, payload)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                // Naming the only table it touches spares a flush of the whole session before it,
                // which would break up the JDBC batches of a batch intake.
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("outbox_event")
                .setParameter(1, topic)
                .setParameter(2, eventId)
                .setParameter(3, partitionKey)
                .setParameter(4, cloudEventType)
                .setParameter(5, Timestamp.from(occurredAt))
                .setParameter(6, json(event))
                .executeUpdate();
        // Relay right after commit instead of waiting for its next poll: lower latency, same safety.
        afterCommit.run(relay::wakeUp);
    }

    private static String json(Object event) {
        try {
            return EventJson.MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + event, e);
        }
    }
}
