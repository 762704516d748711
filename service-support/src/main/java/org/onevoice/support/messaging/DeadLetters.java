package org.onevoice.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.onevoice.support.lifecycle.ServiceStopping;

/**
 * Sends a record a consumer cannot apply to {@code <its topic>.dlq}, with its original key and bytes
 * and the cause in the headers SmallRye's own dead-letter queue uses. Waits for Kafka's
 * acknowledgement before the consumer goes on, so the record is never lost between the two topics.
 * Refuses while the service stops ({@link ServiceStopping}).
 */
public final class DeadLetters {
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);
    private static final byte[] EMPTY = new byte[0];

    private final MutinyEmitter<byte[]> emitter;
    private final ServiceStopping stopping;
    private final MeterRegistry meters;
    private final String counter;

    /** @param counter the counter of records sent, tagged with the topic they came from */
    public DeadLetters(MutinyEmitter<byte[]> emitter, ServiceStopping stopping, MeterRegistry meters, String counter) {
        this.emitter = emitter;
        this.stopping = stopping;
        this.meters = meters;
        this.counter = counter;
    }

    public void send(ConsumerRecord<String, byte[]> record, Throwable cause) {
        stopping.refuseDeadLetterWhileStopping(record.topic() + "-" + record.partition() + "@" + record.offset(), cause);
        String reason = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
        String target = record.topic() + ".dlq";
        LOG.warnf("dead-lettering %s-%d@%d to %s: %s", record.topic(), record.partition(), record.offset(), target, reason);
        RecordHeaders headers = new RecordHeaders();
        header(headers, "dead-letter-reason", reason);
        header(headers, "dead-letter-cause", cause.getClass().getName());
        header(headers, "dead-letter-topic", record.topic());
        header(headers, "dead-letter-partition", Integer.toString(record.partition()));
        header(headers, "dead-letter-offset", Long.toString(record.offset()));
        var kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(target)
                .withKey(record.key())
                .withHeaders(headers)
                .build();
        byte[] value = record.value() == null ? EMPTY : record.value();
        emitter.sendMessage(Message.of(value).addMetadata(kafka)).await().atMost(ACK_TIMEOUT);
        meters.counter(counter, "topic", record.topic()).increment();
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
