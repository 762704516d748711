package org.onevoice.ticket.messaging;

import io.micrometer.core.instrument.Counter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.jboss.logging.Logger;
import org.onevoice.support.db.DatabaseFailures;
import org.onevoice.support.messaging.DeadLetters;
import org.onevoice.ticket.transaction.ReachableDatabase;

/**
 * Applies a polled batch of records exactly once, in one transaction: one commit for hundreds of
 * events instead of one each. A record that cannot be read goes to the dead-letter topic with its
 * cause. When the batch fails, its events are applied again one transaction each, in order, so only
 * the record at fault is dead-lettered and the others still take effect. A database that cannot be
 * reached is not a record's fault: the batch waits for it ({@link ReachableDatabase}).
 *
 * @param <E> the event a record carries
 */
public final class RecordBatches<E> {
    /** Records sent to a dead-letter topic, by the topic they came from. */
    public static final String DEAD_LETTERS = "tickets.dead.letters";
    private static final Logger LOG = Logger.getLogger(RecordBatches.class);

    private final String type;
    private final Function<ConsumerRecord<String, byte[]>, E> read;
    private final Consumer<List<E>> applyInTransaction;
    private final DeadLetters deadLetters;
    private final Counter splitBatches;

    /**
     * @param type               the event's type, for the dead-letter reasons and the log
     * @param read               the event in a non-empty record; throws {@link SerializationException} or
     *                           {@link IllegalArgumentException} when there is none
     * @param applyInTransaction applies events in the caller's transaction, each exactly once
     * @param splitBatches       counts the batches that failed as a whole and were applied one by one
     */
    public RecordBatches(Class<E> type, Function<ConsumerRecord<String, byte[]>, E> read, Consumer<List<E>> applyInTransaction,
                         DeadLetters deadLetters, Counter splitBatches) {
        this.type = type.getSimpleName();
        this.read = read;
        this.applyInTransaction = applyInTransaction;
        this.deadLetters = deadLetters;
        this.splitBatches = splitBatches;
    }

    public void apply(Iterable<ConsumerRecord<String, byte[]>> records) {
        List<Readable<E>> readable = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                if (record.value() == null || record.value().length == 0) {
                    throw new IllegalArgumentException("empty record is not a " + type);
                }
                readable.add(new Readable<>(record, read.apply(record)));
            } catch (SerializationException | IllegalArgumentException e) {
                deadLetters.send(record, e);
            }
        }
        if (readable.isEmpty()) {
            return;
        }
        List<E> batch = readable.stream().map(Readable::event).toList();
        try {
            ReachableDatabase.inTransaction(() -> applyInTransaction.accept(batch));
        } catch (RuntimeException batchFailure) {
            LOG.warnf("a batch of %d %s records failed, applying them one by one: %s", batch.size(), type,
                    DatabaseFailures.rootCause(batchFailure));
            splitBatches.increment();
            readable.forEach(this::applyAlone);
        }
    }

    private void applyAlone(Readable<E> one) {
        try {
            ReachableDatabase.inTransaction(() -> applyInTransaction.accept(List.of(one.event())));
        } catch (RuntimeException e) {
            deadLetters.send(one.record(), DatabaseFailures.rootCause(e));
        }
    }

    private record Readable<E>(ConsumerRecord<String, byte[]> record, E event) {
    }
}
