package org.onevoice.monitor.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.onevoice.events.serde.EventJson;
import org.onevoice.events.v1.AlertEvent;
import org.onevoice.monitor.contact.SqlTime;

/**
 * Records alert events in the caller's transaction, so an event exists if and only if the state
 * change it describes was committed; {@link AlertOutboxRelay} sends them to Kafka afterwards.
 */
@ApplicationScoped
public class AlertOutbox {
    private final EntityManager em;
    private final Event<OutboxAppended> appended;

    AlertOutbox(EntityManager em, Event<OutboxAppended> appended) {
        this.em = em;
        this.appended = appended;
    }

    /** Signals the relay once the transaction has committed, so events leave without waiting for its next poll. */
    public record OutboxAppended() {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(AlertEvent event) {
        em.createNativeQuery("""
                        INSERT INTO outbox_event (event_id, partition_key, event_type, occurred_at, payload)
                        VALUES (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, event.eventId())
                .setParameter(2, event.partitionKey())
                .setParameter(3, AlertEvent.CLOUD_EVENT_TYPE)
                .setParameter(4, SqlTime.param(event.occurredAt()))
                .setParameter(5, json(event))
                .executeUpdate();
        appended.fire(new OutboxAppended());
    }

    private static String json(AlertEvent event) {
        try {
            return EventJson.MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize alert event " + event.eventId(), e);
        }
    }
}
