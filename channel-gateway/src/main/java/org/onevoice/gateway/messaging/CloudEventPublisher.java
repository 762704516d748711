package org.onevoice.gateway.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.onevoice.events.serde.EventJson;

/**
 * Sends contract events as CloudEvents with a Kafka key. The returned {@link Uni} completes only
 * once Kafka acknowledged the record (the channel is configured with acks=all), and fails with
 * {@link PublishFailedException} when it was nacked or not acknowledged within the timeout.
 */
public final class CloudEventPublisher {
    public static final URI SOURCE = URI.create("/onevoice/channel-gateway");

    private final MutinyEmitter<String> emitter;
    private final PublishConfig config;

    public CloudEventPublisher(MutinyEmitter<String> emitter, PublishConfig config) {
        this.emitter = emitter;
        this.config = config;
    }

    public Uni<Void> publish(String id, String type, String key, Instant time, Object payload) {
        Message<String> message = Message.of(json(payload))
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(id)
                        .withType(type)
                        .withSource(SOURCE)
                        .withTimestamp(time.atZone(ZoneOffset.UTC))
                        .withDataContentType("application/json")
                        .build())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
        return Uni.createFrom().deferred(() -> emitter.sendMessage(message))
                .ifNoItem().after(config.timeout()).failWith(() -> new TimeoutException(
                        "no acknowledgement within " + config.timeout().toSeconds() + " s"))
                .onFailure().transform(e -> e instanceof PublishFailedException ? e
                        : new PublishFailedException("Kafka did not accept event " + id + ": " + e.getMessage(), e));
    }

    private static String json(Object payload) {
        try {
            return EventJson.MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + payload.getClass().getName(), e);
        }
    }
}
