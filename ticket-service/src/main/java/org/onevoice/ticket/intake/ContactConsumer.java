package org.onevoice.ticket.intake;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Contact events from the gateway, consumed in batches as polled: one transaction per batch
 * costs one commit for hundreds of contacts instead of one each.
 */
@ApplicationScoped
public class ContactConsumer {
    private final ContactBatches batches;

    ContactConsumer(ContactBatches batches) {
        this.batches = batches;
    }

    @Incoming("contacts")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        batches.apply(records);
    }
}
