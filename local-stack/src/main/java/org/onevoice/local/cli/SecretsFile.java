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
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Secrets of a local run: each from the environment, else from a properties file readable by the
 * owner only, else generated once and added to that file.
 */
final class SecretsFile {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretsFile() {
    }

    /** The values by variable name, in the order of {@code names}, and whether any was new. */
    record Loaded(Map<String, String> values, boolean generated) {
    }

    static Loaded loadOrCreate(Map<String, String> env, Path file, List<String> names, String comment) {
        Properties stored = read(file);
        Map<String, String> values = new LinkedHashMap<>();
        boolean generated = false;
        for (String name : names) {
            String value = firstNonBlank(env.get(name), stored.getProperty(name));
            if (value == null) {
                value = random();
                stored.setProperty(name, value);
                generated = true;
            }
            values.put(name, value);
        }
        if (generated) {
            write(file, stored, comment);
        }
        return new Loaded(values, generated);
    }

    static String random() {
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

    private static void write(Path file, Properties properties, String comment) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(file)) {
                properties.store(out, comment);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
