package org.onevoice.support.outbox;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.onevoice.support.worker.BackgroundLoop;

/**
 * Sends a service's committed {@code outbox_event} rows to Kafka as CloudEvents, oldest first, each
 * to the topic of its row, and deletes them once Kafka acknowledged them. A crash between the
 * acknowledgement and the delete sends a batch again: consumers are idempotent by event id, so the
 * effect is exactly once. {@link RelayLeadership} keeps one relay active across the service's
 * instances, which preserves the order of each key's events.
 */
public final class OutboxRelay {
    private final MutinyEmitter<String> emitter;
    private final DataSource dataSource;
    private final RelayLeadership leadership;
    private final OutboxSettings settings;
    private final URI source;
    private final BackgroundLoop loop;

    /** @param source the CloudEvents source of every event this relay sends */
    public OutboxRelay(String name, URI source, MutinyEmitter<String> emitter, DataSource dataSource,
                       RelayLeadership leadership, OutboxSettings settings) {
        this.emitter = emitter;
        this.dataSource = dataSource;
        this.leadership = leadership;
        this.settings = settings;
        this.source = source;
        this.loop = new BackgroundLoop(name, settings.pollInterval(), () -> relayOneBatch() == settings.batchSize());
    }

    /** Starts relaying, including whatever earlier runs committed but did not send. */
    public void start() {
        loop.start();
    }

    /** Stops after the current round and lets another instance lead; events committed meanwhile wait in the table. */
    public void stop() throws InterruptedException {
        loop.stop();
        leadership.release();
    }

    /** Relays now rather than at the next poll: called once events were committed. */
    public void wakeUp() {
        loop.wakeUp();
    }

    /**
     * One round, with no transaction open while Kafka is awaited: read the oldest events, send them,
     * await the acknowledgements, delete them. Returns the number sent. A crash or a failed delete
     * after the acknowledgements sends them again next round.
     */
    int relayOneBatch() {
        if (!leadership.held()) {
            return 0;
        }
        try {
            List<Long> sequences = new ArrayList<>();
            List<Message<String>> messages = new ArrayList<>();
            // Each statement on a connection of its own, autocommitted: none is held while Kafka is awaited.
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement("""
                         SELECT seq, event_id, partition_key, event_type, occurred_at, payload, topic
                         FROM outbox_event ORDER BY seq LIMIT ?""")) {
                select.setInt(1, settings.batchSize());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sequences.add(rows.getLong(1));
                        messages.add(message(rows));
                    }
                }
            }
            if (sequences.isEmpty()) {
                return 0;
            }
            Uni.join().all(messages.stream().map(emitter::sendMessage).toList()).andFailFast().await().atMost(settings.ackTimeout());
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox_event WHERE seq = ANY (?)")) {
                delete.setArray(1, connection.createArrayOf("bigint", sequences.toArray()));
                delete.executeUpdate();
            }
            return sequences.size();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox relay round failed: " + e.getMessage(), e);
        }
    }

    private Message<String> message(ResultSet row) throws SQLException {
        var cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(row.getString(2))
                .withType(row.getString(4))
                .withSource(source)
                .withTimestamp(row.getObject(5, OffsetDateTime.class).toZonedDateTime())
                .withDataContentType("application/json")
                .build();
        var kafka = OutgoingKafkaRecordMetadata.<String>builder().withTopic(row.getString(7)).withKey(row.getString(3)).build();
        return Message.of(row.getString(6)).addMetadata(cloudEvent).addMetadata(kafka);
    }
}
