package org.onevoice.monitor.erasure;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onevoice.events.v1.CustomerErased;
import org.onevoice.monitor.intake.BatchApplier;
import org.onevoice.monitor.intake.EventFamily;

/**
 * Customer erasures from the ticket service, applied like every other input: once per event id,
 * in the intake's transaction, an unusable record to {@code customers.events.dlq} with its cause.
 */
@ApplicationScoped
public class ErasureConsumer {
    private final BatchApplier applier;
    private final EventFamily<CustomerErased> erasures;

    ErasureConsumer(BatchApplier applier, MonitorErasure erasure) {
        this.applier = applier;
        this.erasures = EventFamily.alone(CustomerErased.class, CustomerErased::eventId, erasure::apply);
    }

    @Incoming("customer-erasures")
    @Blocking
    public void erasures(ConsumerRecords<String, byte[]> records) {
        applier.apply(records, erasures);
    }
}
