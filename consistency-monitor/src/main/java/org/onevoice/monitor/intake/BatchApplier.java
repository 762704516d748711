package org.onevoice.monitor.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.onevoice.support.db.DatabaseFailures;
import org.onevoice.support.db.ProcessedEvents;
import org.onevoice.support.db.UntilPastOutages;
import org.onevoice.support.lifecycle.ServiceStopping;
import org.onevoice.support.messaging.DeadLetters;

/**
 * Applies a polled batch of records in one transaction, each event at most once thanks to the
 * processed-event log written in the same transaction. When the batch fails, its records are
 * applied one transaction each, so that only the record at fault goes to the dead-letter topic
 * and the others still take effect. A database that cannot be reached is not the records' fault:
 * the batch waits for it on this consumer thread and is applied once it is back.
 *
 * <p>Intake transactions of every consumer thread and every instance run side by side, each
 * first locking the join keys of its events ({@link IntakeLocks}). When two of them lock in
 * opposite order, PostgreSQL ends one as a deadlock; that transaction is not at fault either and
 * runs again ({@link UntilPastOutages}).
 */
@ApplicationScoped
public class BatchApplier {
    private final ProcessedEvents processed;
    private final DeadLetters deadLetters;
    private final Event<BatchApplied> applied;
    private final IntakeLocks locks;

    BatchApplier(ProcessedEvents processed, @Channel("dead-letters") MutinyEmitter<byte[]> deadLetters, ServiceStopping stopping,
                 MeterRegistry meters, Event<BatchApplied> applied, IntakeLocks locks) {
        this.processed = processed;
        this.deadLetters = new DeadLetters(deadLetters, stopping, meters, "monitor.dead.letters");
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
            UntilPastOutages.run("the batch", () -> QuarkusTransaction.requiringNew().run(() -> {
                lock(readable, family);
                applyFirstTimes(readable, family);
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
            UntilPastOutages.run("the batch", () -> QuarkusTransaction.requiringNew().run(() -> {
                lock(List.of(parsed), family);
                applyFirstTimes(List.of(parsed), family);
            }));
            return true;
        } catch (RuntimeException e) {
            deadLetters.send(parsed.record(), e instanceof UnusableEventException ? e : DatabaseFailures.rootCause(e));
            return false;
        }
    }

    private <T> void lock(List<Parsed<T>> events, EventFamily<T> family) {
        if (family.runsAlone()) {
            locks.alone();
        } else {
            locks.beside(events.stream().flatMap(p -> family.joinKeys().apply(p.event()).stream()).toList());
        }
    }

    /** Applies the events whose ids the processed-event log sees for the first time, an id twice in the batch once. */
    private <T> void applyFirstTimes(List<Parsed<T>> events, EventFamily<T> family) {
        List<T> firstTimes = processed.firstTimes(events, p -> family.eventId().apply(p.event())).stream().map(Parsed::event).toList();
        if (!firstTimes.isEmpty()) {
            family.effect().accept(firstTimes);
        }
    }

    private record Parsed<T>(ConsumerRecord<String, byte[]> record, T event) {
    }
}
