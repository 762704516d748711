package org.onevoice.monitor.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.onevoice.support.lifecycle.ServiceStopping;

/**
 * Sends a record the monitor cannot apply to {@code <topic>.dlq} with its original key and bytes
 * and the cause in headers named as SmallRye's own dead-letter queue names them. Waits for Kafka's
 * acknowledgement, so the record is never lost between the two topics. Refuses while the service
 * stops ({@link ServiceStopping}).
 */
@ApplicationScoped
public class DeadLetters {
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);
    private static final byte[] EMPTY = new byte[0];

    private final MutinyEmitter<byte[]> emitter;
    private final MeterRegistry meters;
    private final ServiceStopping stopping;

    DeadLetters(@Channel("dead-letters") MutinyEmitter<byte[]> emitter, MeterRegistry meters, ServiceStopping stopping) {
        this.emitter = emitter;
        this.meters = meters;
        this.stopping = stopping;
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
        meters.counter("monitor.dead.letters", "topic", record.topic()).increment();
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
