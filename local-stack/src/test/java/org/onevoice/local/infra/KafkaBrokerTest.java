package org.onevoice.local.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @TempDir
    Path logDir;

    /** Kafka's own reaction is to halt the JVM: the test run, or the launcher with its services, would vanish. */
    @Test
    void aControllerPortThatIsTakenFailsTheStartAndTheNextStartWorks() throws Exception {
        int port = FreePorts.next();
        int controllerPort = FreePorts.next();
        try (ServerSocket taken = new ServerSocket(controllerPort, 1, InetAddress.getLoopbackAddress())) {
            KafkaBroker broker = new KafkaBroker(logDir, port, controllerPort);
            IllegalStateException failure = assertThrows(IllegalStateException.class, broker::start);
            assertEquals("Kafka broker on " + logDir + " stopped on a fatal fault; Kafka logged its cause", failure.getMessage());
        }

        try (KafkaBroker broker = new KafkaBroker(logDir, port, controllerPort).start()) {
            broker.createTopics(List.of("after-the-fault"), 1);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                assertTrue(admin.listTopics().names().get().contains("after-the-fault"));
            }
        }
    }

    /** Without a reaction the launcher would go on with a broker that no longer serves anything. */
    @Test
    void aFatalFaultAfterTheStartIsReportedAndTheBrokerStillCloses() throws Exception {
        CompletableFuture<String> reported = new CompletableFuture<>();
        KafkaBroker broker = new KafkaBroker(logDir, FreePorts.next(), FreePorts.next()).onFatalFault(reported::complete).start();
        try {
            broker.createTopics(List.of("doomed"), 1);
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("doomed", "k", "v")).get();
            }
            // Kafka writes its partitions' checkpoints into the log directory every few seconds.
            Directories.deleteTree(logDir);

            assertEquals("Kafka halted with status 1", reported.get(60, TimeUnit.SECONDS));
            CompletableFuture.runAsync(broker::close).get(60, TimeUnit.SECONDS);
        } finally {
            broker.close();
        }
    }
}
