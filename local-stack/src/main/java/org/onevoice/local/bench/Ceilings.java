package org.onevoice.local.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.onevoice.local.infra.LocalInfrastructure;
import org.onevoice.local.infra.PostgresServer;

/**
 * What this machine's Kafka and PostgreSQL can do for the same work without the services in
 * between, measured in the same run on the same servers: the ceilings the system's figures are
 * compared with.
 */
final class Ceilings {
    static final String TOPIC = "bench.ceiling";
    static final String SCRATCH_DATABASE = "bench_scratch";
    private static final int BATCH = 500;

    private final LocalInfrastructure infra;
    private final Duration each;

    Ceilings(LocalInfrastructure infra, Duration each) {
        this.infra = infra;
        this.each = each;
    }

    /**
     * Records of {@code size} bytes produced as the gateway produces them (acks=all, idempotent),
     * but batched and pipelined as fast as the broker takes them; counts acknowledged records.
     */
    double kafkaRecordsPerSecond(int size) {
        infra.kafka().createTopics(List.of(TOPIC), LocalInfrastructure.PARTITIONS);
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        byte[] value = new byte[size];
        java.util.Arrays.fill(value, (byte) 'x');
        AtomicLong acked = new AtomicLong();
        AtomicReference<Exception> failed = new AtomicReference<>();
        Semaphore window = new Semaphore(20_000);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            long start = System.nanoTime();
            long end = start + each.toNanos();
            for (long i = 0; System.nanoTime() < end && failed.get() == null; i++) {
                window.acquireUninterruptibly();
                producer.send(new ProducerRecord<>(TOPIC, "key-" + (i % 1000), value), (metadata, error) -> {
                    if (error == null) {
                        acked.incrementAndGet();
                    } else {
                        failed.set(error);
                    }
                    window.release();
                });
            }
            long counted = acked.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (failed.get() != null) {
                throw new IllegalStateException("Kafka ceiling: produce failed", failed.get());
            }
            return counted / seconds;
        }
    }

    /** Contacts stored as one ticket and one message row each, {@value #BATCH} per transaction. */
    double postgresBatchedPerSecond() throws SQLException {
        return postgresPerSecond(BATCH);
    }

    /** Contacts stored one per transaction (a commit, and so a WAL flush, for each), from one connection. */
    double postgresPerCommitPerSecond() throws SQLException {
        return postgresPerSecond(1);
    }

    private double postgresPerSecond(int batch) throws SQLException {
        infra.postgres().createDatabase(SCRATCH_DATABASE);
        String url = infra.postgres().jdbcUrl(SCRATCH_DATABASE) + "?reWriteBatchedInserts=true";
        try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD)) {
            createTables(c);
            c.setAutoCommit(false);
            try (PreparedStatement ticket = c.prepareStatement("INSERT INTO ticket (id, customer_id, channel, status, subject,"
                    + " opened_at, last_activity_at) VALUES (?, ?, 'X', 'NEW', NULL, ?, ?)");
                 PreparedStatement message = c.prepareStatement("INSERT INTO message (ticket_id, direction, channel,"
                         + " channel_message_id, origin, author, body, sent_at, source_event_id) VALUES (?, 'INBOUND', 'X', ?,"
                         + " 'CUSTOMER', ?, ?, ?, ?)")) {
                long start = System.nanoTime();
                long end = start + each.toNanos();
                long stored = 0;
                while (System.nanoTime() < end) {
                    for (int i = 0; i < batch; i++) {
                        long id = ++stored;
                        Timestamp now = new Timestamp(System.currentTimeMillis());
                        ticket.setLong(1, id);
                        ticket.setLong(2, id);
                        ticket.setTimestamp(3, now);
                        ticket.setTimestamp(4, now);
                        ticket.addBatch();
                        message.setLong(1, id);
                        message.setString(2, "ceiling-" + batch + "-" + id);
                        message.setString(3, "customer " + id);
                        message.setString(4, "Hi, my card has not arrived. Can someone help me today? Thanks");
                        message.setTimestamp(5, now);
                        message.setString(6, "event-" + batch + "-" + id);
                        message.addBatch();
                    }
                    ticket.executeBatch();
                    message.executeBatch();
                    c.commit();
                }
                return stored / ((System.nanoTime() - start) / 1e9);
            }
        }
    }

    /** The ticket service's two tables with the same columns and indexes; no foreign key to customers. */
    private static void createTables(Connection c) throws SQLException {
        try (Statement ddl = c.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS message, ticket");
            ddl.execute("""
                    CREATE TABLE ticket (id bigint PRIMARY KEY, customer_id bigint NOT NULL, channel text NOT NULL,
                        status text NOT NULL, subject text, topic text, opened_at timestamptz NOT NULL,
                        first_response_at timestamptz, last_activity_at timestamptz NOT NULL,
                        version bigint NOT NULL DEFAULT 0, created_at timestamptz NOT NULL DEFAULT now())""");
            ddl.execute("CREATE INDEX ON ticket (opened_at DESC, id DESC)");
            ddl.execute("CREATE INDEX ON ticket (channel, opened_at DESC, id DESC)");
            ddl.execute("CREATE INDEX ON ticket (status, opened_at DESC, id DESC)");
            ddl.execute("CREATE INDEX ON ticket (customer_id)");
            ddl.execute("""
                    CREATE TABLE message (id bigserial PRIMARY KEY, ticket_id bigint NOT NULL REFERENCES ticket (id),
                        direction text NOT NULL, channel text NOT NULL, channel_message_id text, origin text, author text,
                        subject text, body text, sent_at timestamptz NOT NULL, source_event_id text, delivery_state text,
                        created_at timestamptz NOT NULL DEFAULT now())""");
            ddl.execute("CREATE UNIQUE INDEX ON message (channel, channel_message_id) WHERE channel_message_id IS NOT NULL");
            ddl.execute("CREATE INDEX ON message (ticket_id, sent_at, id)");
        }
    }
}
