package org.onevoice.local.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.onevoice.local.infra.LocalInfrastructure;
import org.onevoice.local.infra.PostgresServer;

/**
 * Quarkus test resource pointing a service at the shared real Kafka and PostgreSQL. The
 * {@code database} argument names the service's own database (one of
 * {@link LocalInfrastructure#DATABASES}).
 */
public class LocalInfrastructureResource implements QuarkusTestResourceLifecycleManager {
    private String database = "postgres";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        LocalInfrastructure infra = SharedInfrastructure.get();
        return Map.of(
                "kafka.bootstrap.servers", infra.kafka().bootstrapServers(),
                "quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD);
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; SharedInfrastructure stops it at exit.
    }
}
