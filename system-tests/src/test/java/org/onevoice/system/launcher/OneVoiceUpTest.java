package org.onevoice.system.launcher;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onevoice.local.cli.LoginSecrets;
import org.onevoice.local.cli.WebhookSecrets;
import org.onevoice.system.support.Channels;
import org.onevoice.system.support.LauncherProcess;

/**
 * What the README promises of {@code ./onevoice up}: everything healthy and its URLs printed, a
 * call posted to the gateway listed by the ticket service within seconds, nothing left running
 * after SIGTERM (the services stopped before the database they use), and the ticket still there after starting again on the same data directory.
 */
class OneVoiceUpTest {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    @TempDir
    Path home;

    @Test
    void upRunsTheSystemStopsWithoutLeftoversAndKeepsTicketsAcrossARestart() throws Exception {
        UpEnvironment upEnvironment = UpEnvironment.under(home);
        Map<String, String> env = upEnvironment.variables();
        int tickets = upEnvironment.ticketPort();
        int gateway = upEnvironment.gatewayPort();
        WebhookSecrets secrets = upEnvironment.secrets();
        LoginSecrets logins = upEnvironment.logins();

        List<Long> firstRunPids;
        try (LauncherProcess up = LauncherProcess.up(env)) {
            up.awaitUp(START_TIMEOUT);
            assertTrue(up.output().stream().anyMatch(line -> line.contains("http://localhost:" + tickets + "/")),
                    "the console URL is printed");
            firstRunPids = upEnvironment.servicePids();
            assertEquals(3, firstRunPids.size(), "three service processes");

            Instant posted = Instant.now();
            int status = new Channels("http://localhost:" + gateway, secrets)
                    .callEvent("call-up-1", "QUEUED", posted.minusSeconds(5), "+31 6 12345678", "Is my transfer through?");
            assertTrue(status >= 200 && status < 300, "accepted: HTTP " + status);
            await().atMost(Duration.ofSeconds(30)).until(() -> callTickets(tickets, logins) == 1);
            System.out.printf("call posted to the gateway was listed by the ticket service after %d ms%n",
                    Duration.between(posted, Instant.now()).toMillis());

            up.stopOnRequest(Duration.ofSeconds(60));
        }
        upEnvironment.assertNothingLeftRunning(firstRunPids);
        for (String service : List.of("ticket-service", "channel-gateway", "consistency-monitor")) {
            String log = Files.readString(home.resolve("logs/" + service + ".log"));
            assertFalse(log.contains("the database system is shutting down")
                            || log.contains(":" + env.get("ONEVOICE_POSTGRES_PORT") + " refused"),
                    service + " stopped before PostgreSQL, not after it");
        }

        try (LauncherProcess again = LauncherProcess.up(env)) {
            again.awaitUp(START_TIMEOUT);
            assertEquals(1, callTickets(tickets, logins), "the ticket survived the restart");
            again.stopOnRequest(Duration.ofSeconds(60));
        }
    }

    private static int callTickets(int ticketPort, LoginSecrets logins) {
        return given().baseUri("http://localhost:" + ticketPort).auth().preemptive().basic("agent", logins.agent())
                .queryParam("channel", "CALL_CENTRE")
                .get("/api/tickets").then().statusCode(200).extract().jsonPath().getList("items").size();
    }
}
