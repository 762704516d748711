package org.onevoice.local.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The secrets the channels sign their webhooks with. A production gateway gets them from its
 * configuration only; a local run takes them from the environment or, when unset, generates them
 * once and keeps them beside the data so the senders configured against them keep working.
 */
public record WebhookSecrets(String xConsumerSecret, String callCentreSecret, String emailSecret) {
    public static final String X_ENV = "GATEWAY_X_CONSUMER_SECRET";
    public static final String CALL_CENTRE_ENV = "GATEWAY_CALL_CENTRE_SECRET";
    public static final String EMAIL_ENV = "GATEWAY_EMAIL_SECRET";

    private static final SecureRandom RANDOM = new SecureRandom();

    public static WebhookSecrets generate() {
        return new WebhookSecrets(random(), random(), random());
    }

    /**
     * Environment first, then {@code file}; whatever is still missing is generated and written
     * to {@code file} (readable by the owner only). Returns the secrets and whether any was new.
     */
    public static Loaded loadOrCreate(Map<String, String> env, Path file) {
        Properties stored = read(file);
        Map<String, String> values = new LinkedHashMap<>();
        boolean generated = false;
        for (String name : new String[] {X_ENV, CALL_CENTRE_ENV, EMAIL_ENV}) {
            String value = firstNonBlank(env.get(name), stored.getProperty(name));
            if (value == null) {
                value = random();
                stored.setProperty(name, value);
                generated = true;
            }
            values.put(name, value);
        }
        if (generated) {
            write(file, stored);
        }
        return new Loaded(new WebhookSecrets(values.get(X_ENV), values.get(CALL_CENTRE_ENV), values.get(EMAIL_ENV)), generated);
    }

    /** As the gateway reads them. */
    public Map<String, String> asEnvironment() {
        return Map.of(X_ENV, xConsumerSecret, CALL_CENTRE_ENV, callCentreSecret, EMAIL_ENV, emailSecret);
    }

    public record Loaded(WebhookSecrets secrets, boolean generated) {
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b != null && !b.isBlank() ? b.strip() : null;
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return properties;
    }

    private static void write(Path file, Properties properties) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(file)) {
                properties.store(out, "Webhook secrets of the local OneVoice run; keep them private");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
