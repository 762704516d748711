package org.onevoice.gateway.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.onevoice.events.serde.DeliveryReportDeserializer;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.DeliveryReport;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.Topics;

/** Agents' replies to X customers as the ticket service publishes them, and the reports the gateway answers with. */
public final class AgentReplies {
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 10);

    private AgentReplies() {
    }

    /** A fresh id for a ticket, reply or event. */
    public static long nextId() {
        return IDS.incrementAndGet();
    }

    /** A new ticket whose events share a partition with {@code ticket}'s, so they are read one after the other. */
    public static long ticketOnTheSamePartitionAs(long ticket) {
        int partitions = KafkaTopics.partitionCount(Topics.TICKET_EVENTS);
        int partition = KafkaTopics.partitionOf(Long.toString(ticket), partitions);
        long other = nextId();
        while (KafkaTopics.partitionOf(Long.toString(other), partitions) != partition) {
            other = nextId();
        }
        return other;
    }

    /** An agent's reply written in OneVoice on a ticket that came in on X, to go out on {@code channel}. */
    public static AgentReplied reply(long ticket, Channel channel, String body, String inReplyTo) {
        return new AgentReplied("e-" + nextId(), ticket, 7, Channel.X, Instant.now(), nextId(),
                channel, AgentReplied.Origin.ONEVOICE, "Dorit", body, xUser(), inReplyTo, null);
    }

    public static CustomerIdentity xUser() {
        return new CustomerIdentity(IdentityKind.X_USER, Long.toString(nextId()), "klant", "Klant");
    }

    /** Reports of a ticket in partition order, up to the one about {@code replyId}. */
    public static List<DeliveryReport> reportsUntil(long ticket, long replyId) {
        List<ConsumerRecord<String, String>> records = KafkaTopics.readKeyUntil(Topics.REPLY_DELIVERIES, Long.toString(ticket),
                r -> report(r).replyId() == replyId);
        records.forEach(r -> assertEquals(DeliveryReport.CLOUD_EVENT_TYPE, KafkaTopics.header(r, "ce_type")));
        return records.stream().map(AgentReplies::report).toList();
    }

    public static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static DeliveryReport report(ConsumerRecord<String, String> record) {
        try (var deserializer = new DeliveryReportDeserializer()) {
            return deserializer.deserialize(record.topic(), record.value().getBytes(StandardCharsets.UTF_8));
        }
    }
}
