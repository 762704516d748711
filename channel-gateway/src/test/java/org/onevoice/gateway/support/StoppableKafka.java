package org.onevoice.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.onevoice.events.v1.Topics;
import org.onevoice.local.infra.FreePorts;
import org.onevoice.local.infra.KafkaBroker;

/**
 * The real PostgreSQL, and a Kafka broker of the gateway's own that a test can stop and start
 * again, so the shared broker of the other tests keeps running. While it is down the producer keeps
 * its records and retries: acknowledgements are held back.
 */
public class StoppableKafka extends GatewayDatabaseOwnKafka {
    private static KafkaBroker broker;

    @Override
    String kafkaBootstrapServers() {
        try {
            broker = new KafkaBroker(Files.createTempDirectory("onevoice-stoppable-kafka-"), FreePorts.next(), FreePorts.next()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broker.createTopics(List.of(Topics.CONTACTS_INBOUND, Topics.TICKET_EVENTS, Topics.REPLY_DELIVERIES), 1);
        return broker.bootstrapServers();
    }

    public static void stopBroker() {
        broker.close();
    }

    /** The same broker, log directory and ports as before. */
    public static void restartBroker() {
        broker.start();
    }

    @Override
    public void stop() {
        broker.close();
        super.stop();
    }
}
