package org.onevoice.monitor.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.onevoice.monitor.idempotency.ProcessedEvents;

/**
 * Applies a polled batch of records in one transaction, each event at most once thanks to the
 * processed-event log written in the same transaction. When the batch fails, its records are
 * applied one transaction each, so that only the record at fault goes to the dead-letter topic
 * and the others still take effect. A database that cannot be reached is not the records' fault:
 * the batch waits for it and is applied once it is back.
 *
 * <p>Intake transactions of every consumer thread and every instance run side by side, each
 * first locking the join keys of its events ({@link IntakeLocks}). When two of them lock in
 * opposite order, PostgreSQL ends one as a deadlock; that transaction is not at fault either and
 * runs again.
 */
@ApplicationScoped
public class BatchApplier {
    private static final Logger LOG = Logger.getLogger(BatchApplier.class);

    private final ProcessedEvents processed;
    private final DeadLetters deadLetters;
    private final Event<BatchApplied> applied;
    private final IntakeLocks locks;

    BatchApplier(ProcessedEvents processed, DeadLetters deadLetters, Event<BatchApplied> applied, IntakeLocks locks) {
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.applied = applied;
        this.locks = locks;
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
        int committed;
        try {
            untilNotTransient(() -> QuarkusTransaction.requiringNew().run(() -> {
                lock(readable, family);
                readable.forEach(p -> applyOnce(p.event(), family));
            }));
            committed = readable.size();
        } catch (RuntimeException batchFailure) {
            committed = (int) readable.stream().filter(p -> appliedAlone(p, family)).count();
        }
        applied.fire(new BatchApplied(family.type().getSimpleName(), committed));
    }

    /** Applies one event in a transaction of its own; false when it went to the dead-letter topic instead. */
    private <T> boolean appliedAlone(Parsed<T> parsed, EventFamily<T> family) {
        try {
            untilNotTransient(() -> QuarkusTransaction.requiringNew().run(() -> {
                lock(List.of(parsed), family);
                applyOnce(parsed.event(), family);
            }));
            return true;
        } catch (RuntimeException e) {
            deadLetters.send(parsed.record(), e instanceof UnusableEventException ? e : rootCause(e));
            return false;
        }
    }

    /**
     * Runs the transaction until it either succeeds or fails for a reason of its own. While the
     * database cannot be reached, or after a deadlock with another intake transaction, the same
     * records are tried again with backoff on this consumer thread: failing the channel would stop
     * consumption for good, and the records are not at fault.
     */
    private void untilNotTransient(Runnable transaction) {
        long backoffMillis = 100;
        while (true) {
            try {
                transaction.run();
                return;
            } catch (RuntimeException e) {
                if (lostToAnotherTransaction(e)) {
                    LOG.debugf("intake transaction lost a lock conflict (%s), running it again", rootCause(e).getMessage());
                    continue;
                }
                if (!unreachable(e)) {
                    throw e;
                }
                LOG.warnf("database unreachable (%s), trying the batch again in %d ms", rootCause(e).getMessage(), backoffMillis);
                try {
                    Thread.sleep(backoffMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoffMillis = Math.min(backoffMillis * 2, 5_000);
            }
        }
    }

    private <T> void lock(List<Parsed<T>> events, EventFamily<T> family) {
        if (family.runsAlone()) {
            locks.alone();
        } else {
            locks.beside(events.stream().flatMap(p -> family.joinKeys().apply(p.event()).stream()).toList());
        }
    }

    private <T> void applyOnce(T event, EventFamily<T> family) {
        if (processed.firstTime(family.eventId().apply(event))) {
            family.effect().accept(event);
        }
    }

    /** Deadlock (40P01) or serialisation failure (40001): the other transaction won, this one can run again. */
    private static boolean lostToAnotherTransaction(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            // Connection errors (class 08) and a server shutting down under an open connection (57P).
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
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
