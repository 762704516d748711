package org.onevoice.local.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far each consumer group is behind the end of the partitions it reads (records produced but
 * not yet committed by the group), sampled through the Admin API; keeps the largest seen per group.
 */
final class ConsumerLag implements AutoCloseable {
    private final Admin admin;
    private final Map<String, Long> maxLag = new ConcurrentHashMap<>();

    ConsumerLag(String bootstrapServers) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    void sample() {
        try {
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(5, TimeUnit.SECONDS)) {
                maxLag.merge(group.groupId(), lagOf(group.groupId()), Math::max);
            }
        } catch (ExecutionException | TimeoutException e) {
            System.err.println("  consumer lag not sampled: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long lagOf(String group) throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(committed.keySet().stream()
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get(5, TimeUnit.SECONDS);
        long lag = 0;
        for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
            long position = entry.getValue() == null ? 0 : entry.getValue().offset();
            lag += Math.max(0, ends.get(entry.getKey()).offset() - position);
        }
        return lag;
    }

    Map<String, Long> maxima() {
        return new TreeMap<>(maxLag);
    }

    @Override
    public void close() {
        admin.close();
    }
}
