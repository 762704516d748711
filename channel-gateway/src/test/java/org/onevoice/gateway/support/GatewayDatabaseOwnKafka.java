package org.onevoice.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import org.onevoice.local.test.LocalInfrastructureResource;

/**
 * The shared real PostgreSQL with the gateway's database, and a Kafka bootstrap address of the
 * subclass's choosing: for profiles whose Kafka misbehaves without disturbing the shared broker.
 */
abstract class GatewayDatabaseOwnKafka implements QuarkusTestResourceLifecycleManager {
    private final LocalInfrastructureResource infrastructure = new LocalInfrastructureResource();

    @Override
    public void init(Map<String, String> initArgs) {
        infrastructure.init(Map.of("database", "gateway"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(infrastructure.start());
        config.put("kafka.bootstrap.servers", kafkaBootstrapServers());
        return config;
    }

    abstract String kafkaBootstrapServers();

    @Override
    public void stop() {
        infrastructure.stop();
    }
}
