package org.onevoice.system.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevoice.system.support.LauncherProcess;
import org.onevoice.system.support.RunningSystem;

/**
 * Ctrl-C on {@code ./onevoice bench} in the middle of the load: every process it started stops,
 * the services before their database, and the run's data directory goes with them.
 */
class InterruptedBenchTest {
    @TempDir
    Path tmp;

    @Test
    void sigtermDuringTheLoadStopsEverythingTheBenchStartedAndDeletesItsData() throws Exception {
        Path report = tmp.resolve("out/bench.json");
        try (LauncherProcess bench = LauncherProcess.start(Map.of("ONEVOICE_ROOT", RunningSystem.root().toString()),
                List.of("-Djava.io.tmpdir=" + tmp), "bench", "--rate", "20", "--duration", "600", "--out", report.toString())) {
            bench.awaitLine(line -> line.contains("FIXED load"), Duration.ofSeconds(180));
            List<ProcessHandle> started = new ArrayList<>(bench.descendants());
            assertEquals(3, started.size(), "three services: " + started);
            // PostgreSQL detaches from the launcher (pg_ctl); its process id is in the run's data directory.
            started.add(ProcessHandle.of(postmasterPid()).orElseThrow());

            bench.stopOnRequest(Duration.ofSeconds(120));

            for (ProcessHandle process : started) {
                assertTrue(exited(process), "still running: " + process.pid() + " " + process.info());
            }
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("onevoice-bench-")), "the run's data directory is deleted");
        }
        for (String service : List.of("ticket-service", "channel-gateway", "consistency-monitor")) {
            String log = Files.readString(tmp.resolve("out/bench-logs/" + service + ".log"));
            assertFalse(log.contains("the database system is shutting down"), service + " stopped before PostgreSQL, not after it");
        }
    }

    /**
     * Ended, also when not reaped yet: PostgreSQL's server was handed to the init process, which in a
     * container may leave it a zombie for a while.
     */
    private static boolean exited(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return !process.isAlive() || stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException gone) {
            return true;
        }
    }

    private long postmasterPid() throws Exception {
        try (Stream<Path> runs = Files.list(tmp)) {
            Path dataDir = runs.filter(p -> p.getFileName().toString().startsWith("onevoice-bench-")).findFirst().orElseThrow();
            return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());
        }
    }
}
