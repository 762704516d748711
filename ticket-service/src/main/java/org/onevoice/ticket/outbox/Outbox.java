package org.onevoice.ticket.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.onevoice.events.serde.EventJson;
import org.onevoice.events.v1.CustomerErased;
import org.onevoice.events.v1.TicketEvent;
import org.onevoice.events.v1.Topics;
import org.onevoice.ticket.live.TicketChange;
import org.onevoice.ticket.live.TicketStream;
import org.onevoice.ticket.transaction.AfterCommit;

/**
 * Writes ticket events (and customer erasures) in the caller's transaction, so an event exists if and only if the change
 * it describes was committed. {@link TicketOutboxRelay} sends them to Kafka afterwards.
 *
 * <p>Inside {@link #inOneWrite} the events are held and written together, in one JDBC batch, when
 * the work is done: a batch of contacts then costs one round trip for its events, not one each.
 */
@ApplicationScoped
public class Outbox {
    private static final String INSERT = """
            INSERT INTO outbox_event (topic, event_id, partition_key, event_type, occurred_at, payload)
            VALUES (?, ?, ?, ?, ?, ?)""";
    /** The transaction's held rows, while an {@link #inOneWrite} runs; a transaction-scoped resource. */
    private static final Object HELD = new Object();

    private final EntityManager em;
    private final AfterCommit afterCommit;
    private final TicketOutboxRelay relay;
    private final TicketStream stream;
    private final TransactionSynchronizationRegistry transactions;

    Outbox(EntityManager em, AfterCommit afterCommit, TicketOutboxRelay relay, TicketStream stream,
           TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.afterCommit = afterCommit;
        this.relay = relay;
        this.stream = stream;
        this.transactions = transactions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(TicketEvent event) {
        write(new Row(Topics.TICKET_EVENTS, event.eventId(), event.partitionKey(), event.cloudEventType(), event.occurredAt(), json(event)));
        stream.announceAfterCommit(new TicketChange(event.ticketId(), event.getClass().getSimpleName()));
    }

    /** Relayed after every ticket event committed before it, on its own topic. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(CustomerErased event) {
        write(new Row(Topics.CUSTOMER_EVENTS, event.eventId(), event.partitionKey(), CustomerErased.CLOUD_EVENT_TYPE,
                event.erasedAt(), json(event)));
    }

    /** Runs {@code work}, holding the events it appends, and writes them all at its end, in the order appended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void inOneWrite(Runnable work) {
        List<Row> held = new ArrayList<>();
        transactions.putResource(HELD, held);
        try {
            work.run();
        } finally {
            transactions.putResource(HELD, null);
        }
        insert(held);
    }

    private void write(Row row) {
        @SuppressWarnings("unchecked")
        List<Row> held = (List<Row>) transactions.getResource(HELD);
        if (held != null) {
            held.add(row);
        } else {
            insert(List.of(row));
        }
    }

    private void insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        // Plain JDBC on the transaction's connection: a native query would flush the whole session
        // first, which breaks up the JDBC batches of a batch intake.
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Row row : rows) {
                    insert.setString(1, row.topic());
                    insert.setString(2, row.eventId());
                    insert.setString(3, row.partitionKey());
                    insert.setString(4, row.cloudEventType());
                    insert.setTimestamp(5, Timestamp.from(row.occurredAt()));
                    insert.setString(6, row.payload());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
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

    private record Row(String topic, String eventId, String partitionKey, String cloudEventType, Instant occurredAt, String payload) {
    }
}
