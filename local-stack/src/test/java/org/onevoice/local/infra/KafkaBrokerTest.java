package org.onevoice.local.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
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
}
