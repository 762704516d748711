package org.onevoice.ticket.idempotency;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The event of a consumed record. A record the deserializer could not read arrives without a
 * value; failing it here sends it to the dead-letter topic with the deserializer's reason.
 */
public final class RecordPayload {
    /** Set by SmallRye when fail-on-deserialization-failure is false. */
    private static final String FAILURE_REASON = "deserialization-failure-reason";

    private RecordPayload() {
    }

    public static <T> T of(ConsumerRecord<?, T> record, String expected) {
        if (record.value() != null) {
            return record.value();
        }
        Header reason = record.headers().lastHeader(FAILURE_REASON);
        throw new IllegalArgumentException("record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                + " is not a valid " + expected + ": "
                + (reason == null ? "no value" : new String(reason.value(), StandardCharsets.UTF_8)));
    }
}
