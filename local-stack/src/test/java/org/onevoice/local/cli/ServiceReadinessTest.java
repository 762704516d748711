package org.onevoice.local.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevoice.local.infra.FreePorts;

/** How long each of several services started at once took to be ready, each read on its own. */
class ServiceReadinessTest {
    @TempDir
    Path root;

    private final List<ServiceProcess> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(ServiceProcess::close);
    }

    @Test
    void aServiceReadyEarlyIsNotReportedAsLateAsOneAskedBeforeIt() throws IOException {
        ServiceProcess slow = start("slow", Map.of("READY_AFTER_MS", "3000"));
        ServiceProcess quick = start("quick", Map.of("READY_AFTER_MS", "0"));

        Map<String, Duration> ready = ServiceProcess.awaitAllReady(List.of(slow, quick), Duration.ofSeconds(60));

        assertEquals(List.of("quick", "slow"), List.copyOf(ready.keySet()), "in the order they became ready");
        assertTrue(ready.get("slow").compareTo(Duration.ofSeconds(3)) >= 0, ready.toString());
        assertTrue(ready.get("quick").compareTo(ready.get("slow")) < 0, ready.toString());
    }

    @Test
    void aServiceThatExitsFailsTheWaitWithItsExitCode() throws IOException {
        ServiceProcess slow = start("slow", Map.of("READY_AFTER_MS", "60000"));
        ServiceProcess broken = start("broken", Map.of("EXIT_WITH", "3"));

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> ServiceProcess.awaitAllReady(List.of(slow, broken), Duration.ofSeconds(60)));

        assertTrue(failure.getMessage().startsWith("broken exited with 3"), failure.getMessage());
    }

    private ServiceProcess start(String module, Map<String, String> env) throws IOException {
        try (InputStream classFile = ReadyAfterDelay.class.getResourceAsStream("ReadyAfterDelay.class")) {
            RunnableJar.write(root.resolve(module).resolve("target").resolve(module + ServiceProcess.RUNNER_JAR),
                    ReadyAfterDelay.class.getName(), classFile.readAllBytes());
        }
        ServiceProcess process = ServiceProcess.start(root, module, FreePorts.next(), env, List.of("-Xshare:off"),
                root.resolve(module + ".log"));
        started.add(process);
        return process;
    }
}
