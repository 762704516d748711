package org.onevoice.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.onevoice.local.cli.LoginSecrets;
import org.onevoice.local.cli.ServiceStack;
import org.onevoice.local.cli.StackPorts;
import org.onevoice.local.cli.WebhookSecrets;
import org.onevoice.local.infra.Directories;
import org.onevoice.local.infra.FreePorts;
import org.onevoice.local.infra.LocalInfrastructure;
import org.onevoice.local.sinks.ReplySinks;

/**
 * A fresh system of its own for one bench run: Kafka and PostgreSQL in a new data directory on
 * free ports, the three packaged services with newly generated webhook secrets, and a local X API
 * and mail server for the gateway to deliver replies to. The data is deleted afterwards; the
 * service logs are kept.
 */
final class BenchStack implements AutoCloseable {
    private final Path dataDir;
    private final StackPorts ports;
    private final LocalInfrastructure infra;
    private final WebhookSecrets secrets;
    private final LoginSecrets logins;
    private final ReplySinks replySinks;
    private final ServiceStack services;
    private final double infrastructureReadySeconds;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private BenchStack(Path dataDir, StackPorts ports, LocalInfrastructure infra, WebhookSecrets secrets,
                       LoginSecrets logins, ReplySinks replySinks, ServiceStack services, double infraSeconds) {
        this.dataDir = dataDir;
        this.ports = ports;
        this.infra = infra;
        this.secrets = secrets;
        this.logins = logins;
        this.replySinks = replySinks;
        this.services = services;
        this.infrastructureReadySeconds = infraSeconds;
    }

    static BenchStack start(Path root, Path logDir, List<String> jvmOptions) throws IOException {
        Path dataDir = Files.createTempDirectory("onevoice-bench-");
        StackPorts ports = new StackPorts(FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next(), FreePorts.next(), FreePorts.next());
        long start = System.nanoTime();
        // Stopped by close(), after the services, also on Ctrl-C (the hook below): never beside them.
        LocalInfrastructure infra = new LocalInfrastructure(dataDir, ports.kafka(), ports.kafkaController(), ports.postgres())
                .stoppedOnlyByClose().withStatementStatistics();
        try {
            infra.start();
        } catch (RuntimeException e) {
            infra.close();
            throw e;
        }
        double infraSeconds = (System.nanoTime() - start) / 1e9;
        WebhookSecrets secrets = WebhookSecrets.generate();
        LoginSecrets logins = LoginSecrets.generate();
        ReplySinks replySinks = new ReplySinks();
        ServiceStack services = new ServiceStack(root, infra, ports, logDir, jvmOptions, secrets, logins)
                .withEnvironment(ServiceStack.GATEWAY, replySinks.gatewayEnvironment());
        BenchStack stack = new BenchStack(dataDir, ports, infra, secrets, logins, replySinks, services, infraSeconds);
        // An interrupted run (Ctrl-C, SIGTERM) stops what it started too, services first, and leaves no data behind.
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "onevoice-bench-stop"));
        return stack;
    }

    /** Starts the services together and returns how long each took to be ready, in seconds. */
    Map<String, Double> startServices(Duration timeout) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        services.startAll(timeout).forEach((service, took) -> seconds.put(service, took.toMillis() / 1000.0));
        return seconds;
    }

    /**
     * Stops each service and starts it again, one at a time, on the data of the run: how long a
     * service takes to be ready when it starts alone, as in a rolling restart, not beside two others.
     */
    Map<String, Double> restartEachAlone(Duration timeout) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String service : List.of(ServiceStack.TICKETS, ServiceStack.GATEWAY, ServiceStack.MONITOR)) {
            services.get(service).close();
            seconds.put(service, services.launch(service).awaitReady(timeout).toMillis() / 1000.0);
        }
        return seconds;
    }

    LocalInfrastructure infra() {
        return infra;
    }

    ServiceStack services() {
        return services;
    }

    WebhookSecrets secrets() {
        return secrets;
    }

    /** Where the gateway delivers the agents' replies. */
    ReplySinks replySinks() {
        return replySinks;
    }

    LoginSecrets logins() {
        return logins;
    }

    StackPorts ports() {
        return ports;
    }

    Path postgresDataDir() {
        return dataDir.resolve("postgres");
    }

    double infrastructureReadySeconds() {
        return infrastructureReadySeconds;
    }

    /** Stops everything once; a second caller (the exit hook during a normal close) waits for the first. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            awaitClosed();
            return;
        }
        try {
            closeAll();
        } finally {
            closed.countDown();
        }
    }

    private void awaitClosed() {
        try {
            closed.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeAll() {
        try {
            services.close();
        } finally {
            try {
                infra.close();
            } finally {
                replySinks.close();
                Directories.deleteTree(dataDir);
            }
        }
    }
}
