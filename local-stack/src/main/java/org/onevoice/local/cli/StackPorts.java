package org.onevoice.local.cli;

import java.util.Map;

/** Where everything listens. Defaults are the README's; every one can be overridden by env var. */
public record StackPorts(int tickets, int gateway, int monitor, int smtp, int kafka, int kafkaController, int postgres) {

    public static StackPorts fromEnvironment(Map<String, String> env) {
        return new StackPorts(
                port(env, "ONEVOICE_TICKET_PORT", 8080),
                port(env, "ONEVOICE_GATEWAY_PORT", 8081),
                port(env, "ONEVOICE_MONITOR_PORT", 8082),
                port(env, "ONEVOICE_SMTP_PORT", 2525),
                port(env, "ONEVOICE_KAFKA_PORT", 19092),
                port(env, "ONEVOICE_KAFKA_CONTROLLER_PORT", 19093),
                port(env, "ONEVOICE_POSTGRES_PORT", 15432));
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number (1-65535), not '" + value + "'");
        }
    }
}
