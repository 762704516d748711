package org.onevoice.gateway.intake;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.gateway.messaging.CloudEventPublisher;
import org.onevoice.gateway.messaging.PublishConfig;

/**
 * Publishes contact events on {@code contacts.inbound}, keyed by {@link ContactEvent#partitionKey()}.
 * Every channel adapter confirms a contact to its sender only when the returned {@link Uni}
 * completed, i.e. after Kafka acknowledged it: what the gateway accepted is never lost.
 */
@ApplicationScoped
public class ContactPublisher {
    private final CloudEventPublisher publisher;
    private final ChannelMetrics metrics;

    ContactPublisher(@Channel("contacts") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
                     MutinyEmitter<String> emitter, PublishConfig config, ChannelMetrics metrics) {
        this.publisher = new CloudEventPublisher(emitter, config);
        this.metrics = metrics;
    }

    /** Completes once Kafka acknowledged the event; fails with {@code PublishFailedException} otherwise. */
    public Uni<Void> publish(ContactEvent event) {
        return publisher.publish(event.eventId(), event.cloudEventType(), event.partitionKey(), event.channelTimestamp(), event)
                .invoke(() -> metrics.received(event));
    }

    /**
     * Publishes in the given order, each after the previous one was acknowledged, so a consumer
     * never sees an answer before the contact it answers.
     */
    public Uni<Void> publishInOrder(List<? extends ContactEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ContactEvent event : events) {
            chain = chain.chain(() -> publish(event));
        }
        return chain;
    }
}
