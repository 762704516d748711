package org.onevoice.ticket.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.onevoice.events.serde.JsonEventSerializer;
import org.onevoice.events.serde.TicketEventDeserializer;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.DeliveryReport;
import org.onevoice.events.v1.TicketEvent;
import org.onevoice.events.v1.Topics;

/** Talks to the real broker the service under test uses, as the other services would. */
public final class Kafka {
    private Kafka() {
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    public static void publish(ContactEvent... events) {
        send(Topics.CONTACTS_INBOUND, Arrays.stream(events).map(e -> Map.entry(e.partitionKey(), (Object) e)).toList());
    }

    public static void publishDelivery(DeliveryReport... reports) {
        send(Topics.REPLY_DELIVERIES, Arrays.stream(reports).map(r -> Map.entry(r.partitionKey(), (Object) r)).toList());
    }

    /** Sends keyed events in order, each acknowledged by all replicas before the next. */
    private static void send(String topic, List<Map.Entry<String, Object>> keyedEvents) {
        try (var producer = new KafkaProducer<String, Object>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new JsonEventSerializer())) {
            for (Map.Entry<String, Object> event : keyedEvents) {
                producer.send(new ProducerRecord<>(topic, event.getKey(), event.getValue())).get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * All events of one ticket up to and including the first that matches {@code last}. A ticket's
     * events are ordered, so what is not there when {@code last} arrived was never published before it.
     */
    public static List<TicketEvent> ticketEventsUntil(long ticketId, Predicate<TicketEvent> last) {
        List<TicketEvent> events = new ArrayList<>();
        awaitTicketEvents(e -> {
            if (e.ticketId() != ticketId || events.stream().anyMatch(last)) {
                return false;
            }
            events.add(e);
            return last.test(e);
        }, 1);
        return events;
    }

    public static void publishRaw(String topic, String key, byte[] value) {
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the whole topic until {@code count} events match, and returns all that matched. */
    public static List<TicketEvent> awaitTicketEvents(Predicate<TicketEvent> filter, int count) {
        List<TicketEvent> matched = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, TicketEvent>(consumerConfig(), new StringDeserializer(), new TicketEventDeserializer())) {
            consumer.subscribe(List.of(Topics.TICKET_EVENTS));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (filter.test(r.value())) {
                        matched.add(r.value());
                    }
                });
                return matched.size() >= count;
            });
        }
        return matched;
    }

    /** Every record of a topic whose key is {@code key}, read until at least {@code count} are there. */
    public static List<ConsumerRecord<String, byte[]>> awaitRecords(String topic, String key, int count) {
        List<ConsumerRecord<String, byte[]>> matched = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(consumerConfig(), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        matched.add(r);
                    }
                });
                return matched.size() >= count;
            });
        }
        return matched;
    }

    private static Map<String, Object> consumerConfig() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    }
}
