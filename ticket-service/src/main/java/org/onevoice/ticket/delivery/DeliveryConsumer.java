package org.onevoice.ticket.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onevoice.events.serde.DeliveryReportDeserializer;
import org.onevoice.events.v1.DeliveryReport;
import org.onevoice.support.db.ProcessedEvents;
import org.onevoice.support.lifecycle.ServiceStopping;
import org.onevoice.support.messaging.DeadLetters;
import org.onevoice.ticket.messaging.RecordBatches;

/**
 * Applies the gateway's delivery reports exactly once, a polled batch per transaction like contact
 * events; a report that cannot be applied goes to {@code replies.delivery.dlq} with its cause.
 */
@ApplicationScoped
public class DeliveryConsumer {
    /** Batches that failed as a whole and were applied one report per transaction. */
    static final String SPLIT_BATCHES = "tickets.deliveries.batches.split";

    private final ProcessedEvents processed;
    private final DeliveryStates states;
    private final DeliveryReportDeserializer deserializer = new DeliveryReportDeserializer();
    private final RecordBatches<DeliveryReport> batches;

    DeliveryConsumer(ProcessedEvents processed, DeliveryStates states,
                     @Channel("delivery-dead-letters") MutinyEmitter<byte[]> deadLetters, ServiceStopping stopping,
                     MeterRegistry meters) {
        this.processed = processed;
        this.states = states;
        this.batches = new RecordBatches<>(DeliveryReport.class, this::parse, this::applyOnce,
                new DeadLetters(deadLetters, stopping, meters, RecordBatches.DEAD_LETTERS), meters.counter(SPLIT_BATCHES));
    }

    @Incoming("deliveries")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        batches.apply(records);
    }

    private void applyOnce(List<DeliveryReport> reports) {
        states.apply(processed.firstTimes(reports, DeliveryReport::eventId));
    }

    private DeliveryReport parse(ConsumerRecord<String, byte[]> record) {
        DeliveryReport report = deserializer.deserialize(record.topic(), record.value());
        if (report.eventId() == null || report.eventId().isBlank() || report.state() == null) {
            throw new IllegalArgumentException("DeliveryReport without eventId or state");
        }
        return report;
    }
}
