package org.onevoice.local.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onevoice.local.infra.LocalInfrastructure;
import org.onevoice.local.infra.PostgresServer;

/** The three OneVoice services as separate processes on one {@link LocalInfrastructure}. */
public final class ServiceStack implements AutoCloseable {
    public static final String GATEWAY = "channel-gateway";
    public static final String TICKETS = "ticket-service";
    public static final String MONITOR = "consistency-monitor";

    private final Path root;
    private final LocalInfrastructure infra;
    private final StackPorts ports;
    private final Path logDir;
    private final List<String> jvmOptions;
    private final WebhookSecrets secrets;
    private final LoginSecrets logins;
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> overrides = new HashMap<>();

    public ServiceStack(Path root, LocalInfrastructure infra, StackPorts ports, Path logDir, List<String> jvmOptions,
                        WebhookSecrets secrets, LoginSecrets logins) {
        this.root = root;
        this.infra = infra;
        this.ports = ports;
        this.logDir = logDir;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.secrets = secrets;
        this.logins = logins;
    }

    /** Extra environment for one service, e.g. a test pointing the gateway at a fake X API. */
    public ServiceStack withEnvironment(String service, Map<String, String> env) {
        overrides.computeIfAbsent(service, s -> new HashMap<>()).putAll(env);
        return this;
    }

    /** Starts all three at once (they boot in parallel) and waits until each is ready. */
    public Map<String, Duration> startAll(Duration timeout) {
        for (String service : List.of(TICKETS, GATEWAY, MONITOR)) {
            launch(service);
        }
        Map<String, Duration> readyAfter = ServiceProcess.awaitAllReady(List.copyOf(running.values()), timeout);
        Map<String, Duration> inLaunchOrder = new LinkedHashMap<>();
        running.keySet().forEach(name -> inLaunchOrder.put(name, readyAfter.get(name)));
        return inLaunchOrder;
    }

    /** Starts one service (again), e.g. after {@link ServiceProcess#kill()} in a fault test. */
    public ServiceProcess launch(String service) {
        ServiceProcess process = ServiceProcess.start(root, service, httpPort(service), environment(service),
                jvmOptions, logDir.resolve(service + ".log"));
        running.put(service, process);
        return process;
    }

    /**
     * Starts one more instance of a service on its own HTTP port, with the same database and Kafka
     * consumer groups as the first, so the instances share its work. Known as {@code service#instance}.
     */
    public ServiceProcess launchInstance(String service, int instance, int httpPort) {
        String name = service + "#" + instance;
        ServiceProcess process = ServiceProcess.start(root, service, httpPort, environment(service), jvmOptions,
                logDir.resolve(service + "-" + instance + ".log"));
        running.put(name, process);
        return process;
    }

    public ServiceProcess get(String service) {
        return running.get(service);
    }

    public List<ServiceProcess> processes() {
        return new ArrayList<>(running.values());
    }

    public int httpPort(String service) {
        return switch (service) {
            case GATEWAY -> ports.gateway();
            case TICKETS -> ports.tickets();
            case MONITOR -> ports.monitor();
            default -> throw new IllegalArgumentException("unknown service " + service);
        };
    }

    private Map<String, String> environment(String service) {
        String database = switch (service) {
            case GATEWAY -> "gateway";
            case TICKETS -> "tickets";
            case MONITOR -> "monitor";
            default -> throw new IllegalArgumentException("unknown service " + service);
        };
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafka().bootstrapServers());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", infra.postgres().jdbcUrl(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        env.put("GATEWAY_SMTP_PORT", Integer.toString(ports.smtp()));
        env.put("ONEVOICE_TICKETS_URL", "http://localhost:" + ports.tickets());
        env.put("ONEVOICE_GATEWAY_URL", "http://localhost:" + ports.gateway());
        env.put("ONEVOICE_MONITOR_URL", "http://localhost:" + ports.monitor());
        env.putAll(logins.asEnvironment());
        if (service.equals(GATEWAY)) {
            env.putAll(secrets.asEnvironment());
        }
        env.putAll(overrides.getOrDefault(service, Map.of()));
        return env;
    }

    /** Stops the services in reverse order of start. */
    @Override
    public void close() {
        List<ServiceProcess> reversed = new ArrayList<>(running.values());
        java.util.Collections.reverse(reversed);
        reversed.parallelStream().forEach(ServiceProcess::close);
        running.clear();
    }
}
