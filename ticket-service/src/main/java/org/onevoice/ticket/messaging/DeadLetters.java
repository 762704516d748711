package org.onevoice.ticket.messaging;

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
 * Puts a record that cannot be applied on its dead-letter topic (the emitter's channel), with its
 * original key and bytes and the cause in the headers SmallRye's own dead-letter queue uses. Waits
 * for Kafka's acknowledgement before the batch is acknowledged, so the record is never lost in between.
 * Refuses while the service stops ({@link ServiceStopping}).
 */
public final class DeadLetters {
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final MutinyEmitter<byte[]> emitter;
    private final ServiceStopping stopping;

    public DeadLetters(MutinyEmitter<byte[]> emitter, ServiceStopping stopping) {
        this.emitter = emitter;
        this.stopping = stopping;
    }

    public void send(ConsumerRecord<String, byte[]> record, Throwable cause) {
        stopping.refuseDeadLetterWhileStopping(record.topic() + "-" + record.partition() + "@" + record.offset(), cause);
        String reason = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
        LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", bytes(reason));
        headers.add("dead-letter-cause", bytes(cause.getClass().getName()));
        headers.add("dead-letter-topic", bytes(record.topic()));
        headers.add("dead-letter-partition", bytes(Integer.toString(record.partition())));
        headers.add("dead-letter-offset", bytes(Long.toString(record.offset())));
        var kafka = OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).withHeaders(headers).build();
        byte[] value = record.value() == null ? new byte[0] : record.value();
        emitter.sendMessage(Message.of(value).addMetadata(kafka)).await().atMost(ACK_TIMEOUT);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
