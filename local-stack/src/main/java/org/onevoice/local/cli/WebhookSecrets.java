package org.onevoice.local.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The secrets the channels sign their webhooks with. A production gateway gets them from its
 * configuration only; a local run takes them from the environment or, when unset, generates them
 * once and keeps them beside the data so the senders configured against them keep working.
 */
public record WebhookSecrets(String xConsumerSecret, String callCentreSecret, String emailSecret) {
    public static final String X_ENV = "GATEWAY_X_CONSUMER_SECRET";
    public static final String CALL_CENTRE_ENV = "GATEWAY_CALL_CENTRE_SECRET";
    public static final String EMAIL_ENV = "GATEWAY_EMAIL_SECRET";

    public static WebhookSecrets generate() {
        return new WebhookSecrets(SecretsFile.random(), SecretsFile.random(), SecretsFile.random());
    }

    /**
     * Environment first, then {@code file}; whatever is still missing is generated and written
     * to {@code file} (readable by the owner only). Returns the secrets and whether any was new.
     */
    public static Loaded loadOrCreate(Map<String, String> env, Path file) {
        SecretsFile.Loaded loaded = SecretsFile.loadOrCreate(env, file, List.of(X_ENV, CALL_CENTRE_ENV, EMAIL_ENV),
                "Webhook secrets of the local OneVoice run; keep them private");
        Map<String, String> values = loaded.values();
        return new Loaded(new WebhookSecrets(values.get(X_ENV), values.get(CALL_CENTRE_ENV), values.get(EMAIL_ENV)), loaded.generated());
    }

    /** As the gateway reads them. */
    public Map<String, String> asEnvironment() {
        return Map.of(X_ENV, xConsumerSecret, CALL_CENTRE_ENV, callCentreSecret, EMAIL_ENV, emailSecret);
    }

    public record Loaded(WebhookSecrets secrets, boolean generated) {
    }
}
