package org.onevoice.local.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a local run keeps things: the repository root (the packaged services), the data of Kafka
 * and PostgreSQL, and beside it the run state (pids, secrets) and the service logs.
 */
public record LocalPaths(Path root, Path dataDir, Path runDir, Path logDir) {

    public static LocalPaths fromEnvironment(Map<String, String> env) {
        Path root = Path.of(env.getOrDefault("ONEVOICE_ROOT", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(env.getOrDefault("ONEVOICE_DATA_DIR", root.resolve(".onevoice/data").toString())).toAbsolutePath();
        return new LocalPaths(root, dataDir, dataDir.resolveSibling("run"), dataDir.resolveSibling("logs"));
    }

    public Path webhookSecrets() {
        return runDir.resolve("webhook-secrets.properties");
    }

    public Path loginSecrets() {
        return runDir.resolve("login-secrets.properties");
    }
}
