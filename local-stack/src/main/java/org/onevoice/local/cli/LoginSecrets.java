package org.onevoice.local.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The passwords of the local accounts agent, ops and admin of every service, and the key that
 * encrypts the consoles' session cookies. Like the webhook secrets: from the environment, else
 * generated once and kept in the run directory.
 */
public record LoginSecrets(String agent, String ops, String admin, String sessionKey) {
    public static final String AGENT_ENV = "ONEVOICE_AGENT_PASSWORD";
    public static final String OPS_ENV = "ONEVOICE_OPS_PASSWORD";
    public static final String ADMIN_ENV = "ONEVOICE_ADMIN_PASSWORD";
    public static final String SESSION_KEY_ENV = "ONEVOICE_SESSION_ENCRYPTION_KEY";

    public static LoginSecrets generate() {
        return new LoginSecrets(SecretsFile.random(), SecretsFile.random(), SecretsFile.random(), SecretsFile.random());
    }

    public static Loaded loadOrCreate(Map<String, String> env, Path file) {
        SecretsFile.Loaded loaded = SecretsFile.loadOrCreate(env, file, List.of(AGENT_ENV, OPS_ENV, ADMIN_ENV, SESSION_KEY_ENV),
                "Passwords of the local OneVoice accounts and the session key; keep them private");
        Map<String, String> values = loaded.values();
        return new Loaded(new LoginSecrets(values.get(AGENT_ENV), values.get(OPS_ENV), values.get(ADMIN_ENV),
                values.get(SESSION_KEY_ENV)), loaded.generated());
    }

    /** As the services read them. */
    public Map<String, String> asEnvironment() {
        return Map.of(AGENT_ENV, agent, OPS_ENV, ops, ADMIN_ENV, admin, SESSION_KEY_ENV, sessionKey);
    }

    /** What a person needs to log in: the passwords, not the session key. */
    public Map<String, String> passwords() {
        return Map.of(AGENT_ENV, agent, OPS_ENV, ops, ADMIN_ENV, admin);
    }

    /** An HTTP Basic {@code Authorization} header value for the agent account. */
    public String agentAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString(("agent:" + agent).getBytes(StandardCharsets.UTF_8));
    }

    public record Loaded(LoginSecrets secrets, boolean generated) {
    }
}
