package org.onevoice.local.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The passwords of the local accounts agent, ops and admin of every service. Like the webhook
 * secrets: from the environment, else generated once, printed once and kept in the run directory.
 */
public record AccountPasswords(String agent, String ops, String admin) {
    public static final String AGENT_ENV = "ONEVOICE_AGENT_PASSWORD";
    public static final String OPS_ENV = "ONEVOICE_OPS_PASSWORD";
    public static final String ADMIN_ENV = "ONEVOICE_ADMIN_PASSWORD";

    public static AccountPasswords generate() {
        return new AccountPasswords(SecretsFile.random(), SecretsFile.random(), SecretsFile.random());
    }

    public static Loaded loadOrCreate(Map<String, String> env, Path file) {
        SecretsFile.Loaded loaded = SecretsFile.loadOrCreate(env, file, List.of(AGENT_ENV, OPS_ENV, ADMIN_ENV),
                "Passwords of the local OneVoice accounts; keep them private");
        Map<String, String> values = loaded.values();
        return new Loaded(new AccountPasswords(values.get(AGENT_ENV), values.get(OPS_ENV), values.get(ADMIN_ENV)), loaded.generated());
    }

    /** As the services read them. */
    public Map<String, String> asEnvironment() {
        return Map.of(AGENT_ENV, agent, OPS_ENV, ops, ADMIN_ENV, admin);
    }

    /** An HTTP Basic {@code Authorization} header value for the agent account. */
    public String agentAuthorization() {
        return basic("agent", agent);
    }

    /** An HTTP Basic {@code Authorization} header value for the ops account. */
    public String opsAuthorization() {
        return basic("ops", ops);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public record Loaded(AccountPasswords passwords, boolean generated) {
    }
}
