package org.onevoice.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.onevoice.local.test.LocalInfrastructureResource;

/**
 * The real PostgreSQL, but a Kafka bootstrap address where nothing listens: the situation in which
 * the gateway must refuse to confirm anything.
 */
public class UnreachableKafka implements QuarkusTestResourceLifecycleManager {
    private final LocalInfrastructureResource infrastructure = new LocalInfrastructureResource();

    @Override
    public void init(Map<String, String> initArgs) {
        infrastructure.init(Map.of("database", "gateway"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(infrastructure.start());
        config.put("kafka.bootstrap.servers", "localhost:" + closedPort());
        return config;
    }

    @Override
    public void stop() {
        infrastructure.stop();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
