package org.onevoice.ticket.intake;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.jboss.logging.Logger;
import org.onevoice.events.serde.ContactEventDeserializer;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.ticket.transaction.ReachableDatabase;

/**
 * Applies a polled batch of contact events exactly once, in one transaction with the
 * processed-event log. When the batch fails, its events are applied again one transaction each,
 * in order, so only the record at fault goes to the dead-letter topic with its cause and the
 * others still take effect. A database that cannot be reached is not a record's fault: the batch
 * waits for it ({@link ReachableDatabase}) and is applied once it is back.
 */
@ApplicationScoped
public class ContactBatches {
    private static final Logger LOG = Logger.getLogger(ContactBatches.class);
    /** Batches that failed as a whole and were applied one record per transaction. */
    static final String SPLIT_BATCHES = "tickets.intake.batches.split";

    private final ContactIntake intake;
    private final ContactDeadLetters deadLetters;
    private final MeterRegistry meters;
    private final ContactEventDeserializer deserializer = new ContactEventDeserializer();

    ContactBatches(ContactIntake intake, ContactDeadLetters deadLetters, MeterRegistry meters) {
        this.intake = intake;
        this.deadLetters = deadLetters;
        this.meters = meters;
    }

    public void apply(Iterable<ConsumerRecord<String, byte[]>> records) {
        List<Readable> readable = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                readable.add(new Readable(record, parse(record)));
            } catch (SerializationException | IllegalArgumentException e) {
                deadLetters.send(record, e);
            }
        }
        if (readable.isEmpty()) {
            return;
        }
        List<ContactEvent> events = readable.stream().map(Readable::event).toList();
        try {
            ReachableDatabase.inTransaction(() -> intake.apply(events));
        } catch (RuntimeException batchFailure) {
            LOG.warnf("a batch of %d contact events failed, applying them one by one: %s", events.size(), rootCause(batchFailure));
            meters.counter(SPLIT_BATCHES).increment();
            readable.forEach(this::applyAlone);
        }
    }

    private void applyAlone(Readable one) {
        try {
            ReachableDatabase.inTransaction(() -> intake.apply(List.of(one.event())));
        } catch (RuntimeException e) {
            deadLetters.send(one.record(), rootCause(e));
        }
    }

    private ContactEvent parse(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null || record.value().length == 0) {
            throw new IllegalArgumentException("empty record is not a ContactEvent");
        }
        ContactEvent event = deserializer.deserialize(record.topic(), record.value());
        required(event.eventId(), "eventId");
        required(event.channel(), "channel");
        required(event.customer(), "customer");
        required(event.channelTimestamp(), "channelTimestamp");
        return event;
    }

    private static void required(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException("ContactEvent without " + field);
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private record Readable(ConsumerRecord<String, byte[]> record, ContactEvent event) {
    }
}
