package org.onevoice.local.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.onevoice.local.infra.LocalInfrastructure;

/**
 * {@code ./onevoice up}: the whole system on this machine, no Docker needed. Data stays under one
 * directory so that a restart keeps the tickets. Ctrl-C or SIGTERM stops everything it started.
 */
final class UpCommand {
    private final Map<String, String> env;

    UpCommand(Map<String, String> env) {
        this.env = env;
    }

    int run(String[] args) throws IOException, InterruptedException {
        if (args.length > 0) {
            System.err.println("up takes no arguments, only environment variables (see README.md): " + Arrays.toString(args));
            return 2;
        }
        LocalPaths paths = LocalPaths.fromEnvironment(env);
        Path root = paths.root();
        Path dataDir = paths.dataDir();
        Path runDir = paths.runDir();
        Path logDir = paths.logDir();
        Duration timeout = Duration.ofSeconds(Long.parseLong(env.getOrDefault("ONEVOICE_START_TIMEOUT_SECONDS", "120")));
        List<String> jvmOptions = ServiceJvmOptions.fromEnvironment(env);
        StackPorts ports = StackPorts.fromEnvironment(env);

        WebhookSecrets.Loaded secrets = WebhookSecrets.loadOrCreate(env, paths.webhookSecrets());
        if (secrets.generated()) {
            System.out.println("OneVoice: generated webhook secrets (shown once; kept in " + paths.webhookSecrets() + "):");
            secrets.secrets().asEnvironment().forEach((name, value) -> System.out.println("  " + name + "=" + value));
        }
        LoginSecrets.Loaded logins = LoginSecrets.loadOrCreate(env, paths.loginSecrets());
        if (logins.generated()) {
            System.out.println("OneVoice: generated the passwords of the accounts agent, ops and admin (shown once; kept in "
                    + paths.loginSecrets() + "):");
            logins.secrets().passwords().forEach((name, value) -> System.out.println("  " + name + "=" + value));
        }

        Leftovers leftovers = new Leftovers(runDir.resolve("services.pid"));
        leftovers.stopAll();

        Instant start = Instant.now();
        System.out.println("OneVoice: starting Kafka and PostgreSQL (data in " + dataDir + ")");
        // Stopped by the hook below, after the services: they finish their work against a running database.
        LocalInfrastructure infra = new LocalInfrastructure(dataDir, ports.kafka(), ports.kafkaController(), ports.postgres())
                .stoppedOnlyByClose();
        ServiceStack stack = new ServiceStack(root, infra, ports, logDir, jvmOptions, secrets.secrets(), logins.secrets());
        infra.kafka().onFatalFault(reason -> stopEverything(reason + " (Kafka logged why above)"));
        ServiceSupervisor supervisor = new ServiceSupervisor(stack, timeout, leftovers::rememberQuietly, UpCommand::stopEverything);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("OneVoice: stopping");
            try {
                supervisor.stop();
                stack.close();
                infra.close();
                leftovers.forget();
            } finally {
                stopped.countDown();
            }
        }, "onevoice-stop"));

        infra.start();
        System.out.println("OneVoice: Kafka at " + infra.kafka().bootstrapServers()
                + ", PostgreSQL at localhost:" + ports.postgres() + " (" + Duration.between(start, Instant.now()).toMillis() + " ms)");
        Map<String, Duration> readyAfter;
        try {
            System.out.println("OneVoice: starting services (logs in " + logDir + ")");
            readyAfter = startRecordingPids(stack, leftovers, timeout);
        } catch (RuntimeException e) {
            System.err.println("OneVoice: " + e.getMessage());
            return 1;
        }
        readyAfter.forEach((service, took) -> System.out.printf("  %-20s ready in %5.1f s%n", service, took.toMillis() / 1000.0));
        if (stack.processes().stream().anyMatch(ServiceProcess::recordsClasses)) {
            System.out.println("  (first start after a build: each service records the classes it loads as it stops; later starts are faster)");
        }
        System.out.printf("""

                OneVoice is up in %.1f s.
                  Agent console      http://localhost:%d/
                  Ticket API         http://localhost:%d/api/tickets      (Swagger UI: /q/swagger-ui)
                  Channel gateway    http://localhost:%d/                 (SMTP on port %d)
                  Ops dashboard      http://localhost:%d/
                Log in as agent, ops or admin (passwords: ONEVOICE_*_PASSWORD, kept in %s).
                Press Ctrl-C to stop.
                %n""",
                Duration.between(start, Instant.now()).toMillis() / 1000.0,
                ports.tickets(), ports.tickets(), ports.gateway(), ports.smtp(), ports.monitor(), paths.loginSecrets());
        supervisor.watchAll();
        stopped.await();
        return 0;
    }

    /**
     * Exits with status 1; the shutdown hook stops the services, Kafka and PostgreSQL. From a thread
     * of its own: System.exit waits for that hook, which must not wait for the caller (a Kafka thread,
     * the supervisor).
     */
    private static void stopEverything(String reason) {
        System.err.println("OneVoice: " + reason + "; stopping everything");
        new Thread(() -> System.exit(1), "onevoice-stop-on-fault").start();
    }

    private static Map<String, Duration> startRecordingPids(ServiceStack stack, Leftovers leftovers, Duration timeout)
            throws IOException {
        try {
            return stack.startAll(timeout);
        } finally {
            leftovers.remember(stack.processes().stream().map(ServiceProcess::pid).collect(Collectors.toList()));
        }
    }

    /**
     * Service pids of the last run. If that run's launcher was killed with SIGKILL its services
     * kept running and hold the ports; the next {@code up} stops them first.
     */
    private static final class Leftovers {
        private final Path pidFile;

        Leftovers(Path pidFile) {
            this.pidFile = pidFile;
        }

        void stopAll() throws IOException {
            if (!Files.exists(pidFile)) {
                return;
            }
            List<ProcessHandle> alive = new ArrayList<>();
            for (String line : Files.readAllLines(pidFile)) {
                ProcessHandle.of(Long.parseLong(line.trim()))
                        .filter(p -> p.info().commandLine().orElse("").contains(ServiceProcess.RUNNER_JAR))
                        .ifPresent(alive::add);
            }
            if (!alive.isEmpty()) {
                System.out.println("OneVoice: stopping " + alive.size() + " service(s) left over from an earlier run");
                alive.forEach(ProcessHandle::destroy);
                alive.forEach(p -> p.onExit().join());
            }
            Files.delete(pidFile);
        }

        void remember(List<Long> pids) throws IOException {
            Files.createDirectories(pidFile.getParent());
            Files.write(pidFile, pids.stream().map(String::valueOf).collect(Collectors.toList()));
        }

        /** For a caller that cannot throw: a pid file not written is reported, and the next start stops fewer leftovers. */
        void rememberQuietly(List<Long> pids) {
            try {
                remember(pids);
            } catch (IOException e) {
                System.err.println("OneVoice: could not write " + pidFile + ": " + e.getMessage());
            }
        }

        void forget() {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                System.err.println("OneVoice: could not remove " + pidFile + ": " + e.getMessage());
            }
        }
    }
}
