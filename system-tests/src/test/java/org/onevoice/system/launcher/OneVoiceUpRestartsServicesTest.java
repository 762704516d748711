package org.onevoice.system.launcher;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevoice.system.support.LauncherProcess;

/**
 * A service of {@code ./onevoice up} that dies (a crash, the out-of-memory killer) is started again,
 * as a service manager would; one that keeps dying stops the whole system with an error instead of
 * restarting for ever.
 */
class OneVoiceUpRestartsServicesTest {
    private static final String TICKETS = "ticket-service";

    @TempDir
    Path home;

    @Test
    void aKilledServiceIsStartedAgainAndACrashLoopStopsEverything() throws Exception {
        UpEnvironment upEnvironment = UpEnvironment.under(home);
        try (LauncherProcess up = LauncherProcess.up(upEnvironment.variables())) {
            up.awaitUp(Duration.ofSeconds(180));
            long first = ticketServicePid(upEnvironment);

            ProcessHandle.of(first).orElseThrow().destroyForcibly();
            up.awaitLine(line -> line.startsWith("OneVoice: " + TICKETS + " exited with 137"), Duration.ofSeconds(30));
            up.awaitLine(line -> line.startsWith("OneVoice: " + TICKETS + " ready again in"), Duration.ofSeconds(120));
            long second = ticketServicePid(upEnvironment);
            assertNotEquals(first, second, "a new process");
            given().baseUri("http://localhost:" + upEnvironment.ticketPort()).get("/q/health/ready").then().statusCode(200);

            // Three restarts within ten minutes are allowed (this was the first); the fourth exit ends the run.
            long latest = second;
            for (int restart = 2; restart <= 3; restart++) {
                long killed = latest;
                ProcessHandle.of(killed).orElseThrow().destroyForcibly();
                latest = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                        .until(() -> ticketServicePid(upEnvironment), pid -> pid != killed);
            }
            ProcessHandle.of(latest).orElseThrow().destroyForcibly();
            List<Long> services = upEnvironment.servicePids();

            assertEquals(1, up.awaitExit(Duration.ofSeconds(120)), "exit code");
            assertTrue(up.output().stream().anyMatch(line -> line.startsWith("OneVoice: " + TICKETS + " exited with 137, for the 4th time")),
                    "the launcher says why it stopped");
            upEnvironment.assertNothingLeftRunning(services);
        }
    }

    private static long ticketServicePid(UpEnvironment upEnvironment) throws Exception {
        return upEnvironment.servicePids().stream()
                .filter(pid -> ProcessHandle.of(pid).flatMap(p -> p.info().commandLine()).orElse("").contains(TICKETS + "-runner.jar"))
                .findFirst().orElseThrow(() -> new AssertionError("no running " + TICKETS + " in the pid file"));
    }
}
