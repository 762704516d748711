package org.onevoice.gateway.support;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.ConfigProvider;
import org.onevoice.events.serde.JsonEventSerializer;

/** Reads the real broker the gateway publishes to, as the ticket service and the monitor would. */
public final class KafkaTopics {
    private KafkaTopics() {
    }

    /**
     * Reads {@code topic} from the beginning until a record matching {@code until} arrived, and returns
     * every record with that key up to and including it, in partition order.
     */
    public static List<ConsumerRecord<String, String>> readKeyUntil(String topic, String key,
                                                                    Predicate<ConsumerRecord<String, String>> until) {
        List<ConsumerRecord<String, String>> matched = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(consumerConfig(), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key()) && matched.stream().noneMatch(until)) {
                        matched.add(record);
                    }
                }
                return matched.stream().anyMatch(until);
            });
        }
        return matched;
    }

    /** Every record the topic holds now, from the beginning to its current end, in partition order. */
    public static List<ConsumerRecord<String, String>> readAll(String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(consumerConfig(), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
        }
        return records;
    }

    /** How many partitions the topic has. */
    public static int partitionCount(String topic) {
        try (var consumer = new KafkaConsumer<String, String>(consumerConfig(), new StringDeserializer(), new StringDeserializer())) {
            return consumer.partitionsFor(topic).size();
        }
    }

    /** The partition a record with this key lands on: Kafka's default partitioner hashes the key with murmur2. */
    public static int partitionOf(String key, int partitionCount) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitionCount;
    }

    /** Publishes contract events the way their producing service does: JSON value, acks=all. */
    public static void publish(String topic, String key, Object... events) {
        try (var producer = new KafkaProducer<String, Object>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new JsonEventSerializer())) {
            for (Object event : events) {
                producer.send(new ProducerRecord<>(topic, key, event)).get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes a value as it is, e.g. a record no contract type can read. */
    public static void publishRaw(String topic, String key, String value) {
        try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static Map<String, Object> consumerConfig() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    }
}
