package org.onevoice.local.infra;

import java.nio.file.Path;
import java.util.List;
import org.onevoice.events.v1.Topics;

/**
 * Kafka and PostgreSQL as one unit: what every service needs, started in the order they need it.
 * Used by the tests of every module and by {@code ./onevoice up}.
 */
public final class LocalInfrastructure implements AutoCloseable {
    /** The databases of the services, one each: services never share tables. */
    public static final List<String> DATABASES = List.of("gateway", "tickets", "monitor");
    /** The contract's topics and their dead-letter topics. */
    public static final List<String> TOPICS = List.of(
            Topics.CONTACTS_INBOUND, Topics.TICKET_EVENTS, Topics.CONSISTENCY_ALERTS, Topics.REPLY_DELIVERIES, Topics.CUSTOMER_EVENTS,
            Topics.CONTACTS_INBOUND + ".dlq", Topics.TICKET_EVENTS + ".dlq", Topics.REPLY_DELIVERIES + ".dlq",
            Topics.CUSTOMER_EVENTS + ".dlq");
    public static final int PARTITIONS = 3;

    private final KafkaBroker kafka;
    private final PostgresServer postgres;

    public LocalInfrastructure(Path dataDir, int kafkaPort, int kafkaControllerPort, int postgresPort) {
        this.kafka = new KafkaBroker(dataDir.resolve("kafka"), kafkaPort, kafkaControllerPort);
        this.postgres = new PostgresServer(dataDir.resolve("postgres"), postgresPort);
    }

    /**
     * For a caller whose own shutdown hook stops the services and then this: PostgreSQL then does not
     * also stop itself at exit, before the services have let go of it. Call before {@link #start()}.
     */
    public LocalInfrastructure stoppedOnlyByClose() {
        postgres.stopOnlyOnClose();
        return this;
    }

    /** PostgreSQL keeps statistics per statement (pg_stat_statements). Call before {@link #start()}. */
    public LocalInfrastructure withStatementStatistics() {
        postgres.collectStatementStatistics();
        return this;
    }

    public LocalInfrastructure start() {
        postgres.start();
        DATABASES.forEach(postgres::createDatabase);
        kafka.start();
        kafka.createTopics(TOPICS, PARTITIONS);
        return this;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }
}
