package org.onevoice.monitor.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.onevoice.events.serde.JsonEventSerializer;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.CustomerErased;
import org.onevoice.events.v1.TicketEvent;
import org.onevoice.events.v1.Topics;

/** Talks to the real broker the service under test uses, as the gateway and the ticket service would. */
public final class Kafka {
    private Kafka() {
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    public static void publish(ContactEvent... events) {
        send(List.of(events).stream()
                .map(e -> new ProducerRecord<String, Object>(Topics.CONTACTS_INBOUND, e.partitionKey(), e))
                .toList());
    }

    public static void publish(TicketEvent... events) {
        send(List.of(events).stream()
                .map(e -> new ProducerRecord<String, Object>(Topics.TICKET_EVENTS, e.partitionKey(), e))
                .toList());
    }

    public static void publish(CustomerErased... erasures) {
        send(List.of(erasures).stream()
                .map(e -> new ProducerRecord<String, Object>(Topics.CUSTOMER_EVENTS, e.partitionKey(), e))
                .toList());
    }

    /**
     * Publishes the events as one record batch on one partition (one key for all, a linger long
     * enough to gather them), so the monitor reads them in one poll and applies them in one transaction.
     */
    public static void publishAsOneBatch(String topic, Object... events) {
        String key = "one-batch-" + UUID.randomUUID();
        send(List.of(events).stream().map(e -> new ProducerRecord<>(topic, key, e)).toList(), Map.of(ProducerConfig.LINGER_MS_CONFIG, 200));
    }

    public static void publishRaw(String topic, String key, byte[] value) {
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(List<ProducerRecord<String, Object>> records) {
        send(records, Map.of());
    }

    private static void send(List<ProducerRecord<String, Object>> records, Map<String, Object> settings) {
        Map<String, Object> config = new HashMap<>(settings);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<String, Object>(config, new StringSerializer(), new JsonEventSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            records.forEach(r -> sent.add(producer.send(r)));
            for (Future<RecordMetadata> f : sent) {
                f.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the whole topic until at least {@code count} records match, and returns those that did. */
    public static List<ConsumerRecord<String, byte[]>> awaitRecords(String topic, Predicate<ConsumerRecord<String, byte[]>> filter, int count) {
        List<ConsumerRecord<String, byte[]>> matched = new ArrayList<>();
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<String, byte[]>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (filter.test(r)) {
                        matched.add(r);
                    }
                });
                return matched.size() >= count;
            });
        }
        return matched;
    }
}
