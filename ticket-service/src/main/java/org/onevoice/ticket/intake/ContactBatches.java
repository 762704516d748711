package org.onevoice.ticket.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.onevoice.events.serde.ContactEventDeserializer;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.support.lifecycle.ServiceStopping;
import org.onevoice.support.messaging.DeadLetters;
import org.onevoice.ticket.messaging.RecordBatches;

/**
 * Applies a polled batch of contact events exactly once, in one transaction with the
 * processed-event log; what cannot be applied goes to {@code contacts.inbound.dlq} with its cause
 * ({@link RecordBatches}).
 */
@ApplicationScoped
public class ContactBatches {
    /** Batches that failed as a whole and were applied one record per transaction. */
    static final String SPLIT_BATCHES = "tickets.intake.batches.split";

    private final ContactEventDeserializer deserializer = new ContactEventDeserializer();
    private final RecordBatches<ContactEvent> batches;

    ContactBatches(ContactIntake intake, @Channel("contact-dead-letters") MutinyEmitter<byte[]> deadLetters, ServiceStopping stopping,
                   MeterRegistry meters) {
        this.batches = new RecordBatches<>(ContactEvent.class, this::parse, intake::apply,
                new DeadLetters(deadLetters, stopping, meters, RecordBatches.DEAD_LETTERS), meters.counter(SPLIT_BATCHES));
    }

    public void apply(Iterable<ConsumerRecord<String, byte[]>> records) {
        batches.apply(records);
    }

    private ContactEvent parse(ConsumerRecord<String, byte[]> record) {
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
}
