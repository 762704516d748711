package org.onevoice.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onevoice.events.v1.Topics;
import org.onevoice.local.infra.FreePorts;
import org.onevoice.local.infra.KafkaBroker;
import org.onevoice.local.test.LocalInfrastructureResource;

/**
 * The real PostgreSQL, and a Kafka broker of the gateway's own that a test can stop and start
 * again ({@link #stop()}/{@link #restart()}), so the shared broker of the other tests keeps running.
 * While it is down the producer keeps its records and retries: acknowledgements are held back.
 */
public class StoppableKafka implements QuarkusTestResourceLifecycleManager {
    private static KafkaBroker broker;
    private final LocalInfrastructureResource infrastructure = new LocalInfrastructureResource();

    @Override
    public void init(Map<String, String> initArgs) {
        infrastructure.init(Map.of("database", "gateway"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(infrastructure.start());
        try {
            broker = new KafkaBroker(Files.createTempDirectory("onevoice-stoppable-kafka-"), FreePorts.next(), FreePorts.next()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broker.createTopics(List.of(Topics.CONTACTS_INBOUND, Topics.TICKET_EVENTS, Topics.REPLY_DELIVERIES), 1);
        config.put("kafka.bootstrap.servers", broker.bootstrapServers());
        return config;
    }

    public static String bootstrapServers() {
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
        infrastructure.stop();
    }
}
