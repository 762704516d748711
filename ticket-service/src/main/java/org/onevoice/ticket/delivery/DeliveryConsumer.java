package org.onevoice.ticket.delivery;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onevoice.events.v1.DeliveryReport;
import org.onevoice.ticket.idempotency.ProcessedEvents;
import org.onevoice.ticket.idempotency.RecordPayload;
import org.onevoice.ticket.transaction.ReachableDatabase;

/** Applies the gateway's delivery reports exactly once, like contact events. */
@ApplicationScoped
public class DeliveryConsumer {
    private final ProcessedEvents processed;
    private final DeliveryStates states;

    DeliveryConsumer(ProcessedEvents processed, DeliveryStates states) {
        this.processed = processed;
        this.states = states;
    }

    @Incoming("deliveries")
    @Blocking
    public void consume(ConsumerRecord<String, DeliveryReport> record) {
        DeliveryReport report = RecordPayload.of(record, "DeliveryReport");
        ReachableDatabase.inTransaction(() -> {
            if (processed.firstTime(report.eventId())) {
                states.apply(report);
            }
        });
    }
}
