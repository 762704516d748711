package org.onevoice.system.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevoice.local.infra.Directories;
import org.onevoice.system.support.LauncherProcess;

/**
 * A broker that met a fatal fault serves nothing any more, and Kafka's own answer, halting the
 * JVM, would orphan the services and PostgreSQL. {@code ./onevoice up} stops everything it started
 * instead, and says why.
 */
class OneVoiceUpKafkaFaultTest {

    @TempDir
    Path home;

    @Test
    void aKafkaFatalFaultStopsTheWholeSystemWithAnError() throws Exception {
        UpEnvironment upEnvironment = UpEnvironment.under(home);
        try (LauncherProcess up = LauncherProcess.up(upEnvironment.variables())) {
            up.awaitUp(Duration.ofSeconds(180));
            List<Long> services = upEnvironment.servicePids();

            // Kafka writes its partitions' checkpoints into the log directory every few seconds, and
            // halts once its only log directory fails.
            Directories.deleteTree(home.resolve("data/kafka"));

            assertEquals(1, up.awaitExit(Duration.ofSeconds(120)), "exit code");
            assertTrue(up.output().stream().anyMatch(line -> line.startsWith("OneVoice: Kafka halted with status 1")),
                    "the launcher says why it stopped");
            upEnvironment.assertNothingLeftRunning(services);
        }
    }
}
