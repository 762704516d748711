package org.onevoice.gateway.outbound;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.onevoice.events.v1.DeliveryReport;
import org.onevoice.gateway.messaging.CloudEventPublisher;
import org.onevoice.gateway.messaging.PublishConfig;

/** Publishes {@link DeliveryReport}s on {@code replies.delivery}, keyed by ticket id. */
@ApplicationScoped
public class DeliveryReports {
    private final CloudEventPublisher publisher;

    DeliveryReports(@Channel("deliveries") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 256)
                    MutinyEmitter<String> emitter, PublishConfig config) {
        this.publisher = new CloudEventPublisher(emitter, config);
    }

    /** Completes once Kafka acknowledged the report. */
    public Uni<Void> publish(DeliveryReport report) {
        return publisher.publish(report.eventId(), DeliveryReport.CLOUD_EVENT_TYPE, report.partitionKey(), report.occurredAt(), report);
    }
}
