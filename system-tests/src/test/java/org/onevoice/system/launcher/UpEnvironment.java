package org.onevoice.system.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onevoice.local.cli.LoginSecrets;
import org.onevoice.local.cli.WebhookSecrets;
import org.onevoice.local.infra.FreePorts;
import org.onevoice.system.support.RunningSystem;

/** The environment of a {@code ./onevoice up} of its own: data under {@code home}, free ports, new secrets. */
record UpEnvironment(Path home, Map<String, String> variables, WebhookSecrets secrets, LoginSecrets logins, int ticketPort, int gatewayPort) {

    static UpEnvironment under(Path home) {
        WebhookSecrets secrets = WebhookSecrets.generate();
        LoginSecrets logins = LoginSecrets.generate();
        Map<String, String> env = new HashMap<>(secrets.asEnvironment());
        env.putAll(logins.asEnvironment());
        env.put("ONEVOICE_ROOT", RunningSystem.root().toString());
        env.put("ONEVOICE_DATA_DIR", home.resolve("data").toString());
        int tickets = FreePorts.next();
        int gateway = FreePorts.next();
        for (var port : List.of("ONEVOICE_KAFKA_PORT", "ONEVOICE_KAFKA_CONTROLLER_PORT", "ONEVOICE_POSTGRES_PORT",
                "ONEVOICE_MONITOR_PORT", "ONEVOICE_SMTP_PORT")) {
            env.put(port, Integer.toString(FreePorts.next()));
        }
        env.put("ONEVOICE_TICKET_PORT", Integer.toString(tickets));
        env.put("ONEVOICE_GATEWAY_PORT", Integer.toString(gateway));
        return new UpEnvironment(home, Map.copyOf(env), secrets, logins, tickets, gateway);
    }

    /** The service processes of the launcher that runs or ran last, as it recorded them. */
    List<Long> servicePids() throws IOException {
        return Files.readAllLines(home.resolve("run/services.pid")).stream().map(String::trim).map(Long::parseLong).toList();
    }

    /** Asserts that none of these service processes runs any more, nor the PostgreSQL of this environment. */
    void assertNothingLeftRunning(List<Long> servicePids) {
        for (long pid : servicePids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "service " + pid + " stopped");
        }
        assertFalse(Files.exists(home.resolve("data/postgres/postmaster.pid")), "PostgreSQL stopped");
    }
}
