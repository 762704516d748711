package org.onevoice.gateway.erasure;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.DeserializationFailureHandler;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.onevoice.events.v1.CustomerErased;
import org.onevoice.support.db.UntilPastOutages;

/**
 * Customer erasures from the ticket service. A record that cannot be read or applied is nacked
 * onto {@code customers.events.dlq} with the cause, so one bad record does not stop the erasures
 * behind it; an operator replays it from there. A database that is away is no fault of the record:
 * the erasure waits for it and is applied when it is back.
 */
@ApplicationScoped
public class ErasureConsumer {
    private final GatewayErasure erasure;

    ErasureConsumer(GatewayErasure erasure) {
        this.erasure = erasure;
    }

    @Incoming("customer-erasures")
    @Blocking
    public CompletionStage<Void> onErasure(Message<CustomerErased> message) {
        try {
            CustomerErased event = message.getPayload();
            if (event == null) {
                throw new IllegalArgumentException("record could not be read as a customer erasure: " + deserializationFailure(message));
            }
            if (event.eventId() == null || event.eventId().isBlank()) {
                throw new IllegalArgumentException("customer erasure without eventId");
            }
            UntilPastOutages.run("the customer erasure", () -> erasure.apply(event));
            return message.ack();
        } catch (RuntimeException e) {
            return message.nack(e);
        }
    }

    private static String deserializationFailure(Message<CustomerErased> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(kafka -> kafka.getHeaders().lastHeader(DeserializationFailureHandler.DESERIALIZATION_FAILURE_REASON))
                .map(header -> new String(header.value(), StandardCharsets.UTF_8))
                .orElse("no value");
    }
}
