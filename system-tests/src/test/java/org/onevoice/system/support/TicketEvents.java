package org.onevoice.system.support;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.onevoice.events.serde.TicketEventDeserializer;
import org.onevoice.events.v1.TicketEvent;
import org.onevoice.events.v1.Topics;

/** Reads {@code tickets.events} from the beginning, as any other consumer of the contract would. */
public final class TicketEvents {
    private TicketEvents() {
    }

    /** Polls until {@code count} events match; returns every match seen, so extra copies show up. */
    public static <T extends TicketEvent> List<T> await(String bootstrapServers, Class<T> type, Predicate<T> filter, int count) {
        List<T> matched = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, TicketEvent>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new TicketEventDeserializer())) {
            consumer.subscribe(List.of(Topics.TICKET_EVENTS));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (type.isInstance(record.value()) && filter.test(type.cast(record.value()))) {
                        matched.add(type.cast(record.value()));
                    }
                });
                return matched.size() >= count;
            });
        }
        return matched;
    }
}
