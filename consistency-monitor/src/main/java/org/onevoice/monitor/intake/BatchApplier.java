package org.onevoice.monitor.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.exception.JDBCConnectionException;
import org.onevoice.monitor.idempotency.ProcessedEvents;

/**
 * Applies a polled batch of records in one transaction, each event at most once thanks to the
 * processed-event log written in the same transaction. When the batch fails, its records are
 * applied one transaction each, so that only the record at fault goes to the dead-letter topic
 * and the others still take effect. A database that cannot be reached is not the record's fault:
 * that failure is rethrown and the batch is consumed again later.
 *
 * <p>Every intake transaction first takes one PostgreSQL advisory lock, on every instance. Facts
 * about one contact meet across topics (a ticket opened in one transaction, its contact stored in
 * another); without the lock each transaction could miss the other's uncommitted half and the
 * two would never be joined. Consuming in batches keeps the cost of serialising low.
 */
@ApplicationScoped
public class BatchApplier {
    private static final long INTAKE_LOCK = 0x6d_6f_6e_69_6e_74L;

    private final ProcessedEvents processed;
    private final DeadLetters deadLetters;
    private final Event<BatchApplied> applied;
    private final EntityManager em;

    BatchApplier(ProcessedEvents processed, DeadLetters deadLetters, Event<BatchApplied> applied, EntityManager em) {
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.applied = applied;
        this.em = em;
    }

    public <T> void apply(Iterable<ConsumerRecord<String, byte[]>> records, EventFamily<T> family) {
        List<Parsed<T>> readable = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                readable.add(new Parsed<>(record, family.parse(record.value())));
            } catch (UnusableEventException e) {
                deadLetters.send(record, e);
            }
        }
        if (readable.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                lockIntake();
                readable.forEach(p -> applyOnce(p.event(), family));
            });
        } catch (RuntimeException batchFailure) {
            if (unreachable(batchFailure)) {
                throw batchFailure;
            }
            readable.forEach(p -> applyAlone(p, family));
        }
        applied.fire(new BatchApplied(readable.size()));
    }

    private <T> void applyAlone(Parsed<T> parsed, EventFamily<T> family) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                lockIntake();
                applyOnce(parsed.event(), family);
            });
        } catch (RuntimeException e) {
            if (unreachable(e)) {
                throw e;
            }
            deadLetters.send(parsed.record(), e instanceof UnusableEventException ? e : rootCause(e));
        }
    }

    private void lockIntake() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, INTAKE_LOCK).getSingleResult();
    }

    private <T> void applyOnce(T event, EventFamily<T> family) {
        if (processed.firstTime(family.eventId().apply(event))) {
            family.effect().accept(event);
        }
    }

    private static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private record Parsed<T>(ConsumerRecord<String, byte[]> record, T event) {
    }
}
