package org.onevoice.local.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), running inside
 * this JVM. The log directory survives a restart, so a local run keeps its events.
 */
public final class KafkaBroker implements AutoCloseable {
    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;
    private volatile boolean running;
    private volatile Consumer<String> onFatalFault = message -> { };

    public KafkaBroker(Path logDir, int port, int controllerPort) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public synchronized KafkaBroker start() {
        try {
            Files.createDirectories(logDir);
            Properties props = serverProperties();
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(props);
            }
            server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
            keepTheJvmOnFatalFaults();
            server.startup();
            running = true;
            return this;
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare Kafka log dir " + logDir, e);
        } catch (FatalFault e) {
            close();
            throw new IllegalStateException("Kafka broker on " + logDir + " stopped on a fatal fault; Kafka logged its cause", e);
        }
    }

    /**
     * What to do when Kafka meets a fatal fault after it started, a log directory it can no longer
     * write for one. Kafka's own answer, halting the process, is not taken (see
     * {@link #keepTheJvmOnFatalFaults}): the faulting thread stops, the broker is left broken, and
     * this reaction is told Kafka's exit status. Kafka's exit procedures are per JVM, so is this: the
     * broker started last reacts.
     */
    public KafkaBroker onFatalFault(Consumer<String> reaction) {
        this.onFatalFault = reaction;
        return this;
    }

    /**
     * Kafka halts the process on a fatal fault, a controller port that is taken for one. This JVM
     * is not Kafka's alone: it runs the tests, whose fork would vanish without a word, or the
     * launcher, whose services and PostgreSQL would be left running. The faulting thread throws
     * instead; a start that fails that way fails with an exception.
     */
    private void keepTheJvmOnFatalFaults() {
        Exit.setHaltProcedure(this::fatalFault);
        Exit.setExitProcedure(this::fatalFault);
    }

    private void fatalFault(int status, String message) {
        if (running) {
            running = false;
            // Kafka logs the cause before it halts, and mostly passes no message.
            onFatalFault.accept("Kafka halted with status " + status + (message == null ? "" : ": " + message));
        }
        throw new FatalFault(status);
    }

    private static final class FatalFault extends RuntimeException {
        private FatalFault(int status) {
            super("Kafka asked to end the process with status " + status);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Creates the topics that do not exist yet; existing ones are left as they are. */
    public void createTopics(Collection<String> names, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = names.stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, partitions, (short) 1))
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics " + names, e.getCause());
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    private Properties serverProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        p.put("num.partitions", "3");
        // One node: internal topics cannot be replicated, and fewer offset partitions start faster.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // A restarted broker cannot register until the controller lets the previous incarnation's
        // session expire, even after a clean shutdown: with the default 9 s session, a restart on
        // existing data took 12.5 s (DUPLICATE_BROKER_REGISTRATION, then retries with back-off). Broker
        // and controller share this JVM, so a heartbeat every 0.75 s does not miss a 3 s session.
        p.put("broker.session.timeout.ms", "3000");
        p.put("broker.heartbeat.interval.ms", "750");
        // Consumers join at once instead of waiting for more members that never come.
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        return p;
    }

    private void format(Properties props) throws IOException {
        Path config = logDir.resolveSibling(logDir.getFileName() + ".format.properties");
        try (Writer out = Files.newBufferedWriter(config)) {
            props.store(out, "written for kafka-storage format");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = StorageTool.execute(
                new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString(), "--ignore-formatted"},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        Files.deleteIfExists(config);
        if (exit != 0) {
            throw new IllegalStateException("kafka-storage format failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }
}
