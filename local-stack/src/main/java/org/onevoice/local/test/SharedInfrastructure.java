package org.onevoice.local.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.onevoice.local.infra.FreePorts;
import org.onevoice.local.infra.LocalInfrastructure;

/**
 * One Kafka broker and one PostgreSQL server per test JVM, started on first use on free ports and
 * stopped when the JVM exits. Starting them once instead of per test class keeps a module's
 * suite at a few seconds of infrastructure start-up.
 */
public final class SharedInfrastructure {
    private static LocalInfrastructure infrastructure;

    private SharedInfrastructure() {
    }

    public static synchronized LocalInfrastructure get() {
        if (infrastructure == null) {
            Path dataDir = tempDir();
            infrastructure = new LocalInfrastructure(dataDir, FreePorts.next(), FreePorts.next(), FreePorts.next());
            // The broker stays broken, and each test that needs it then fails on its own timeout: say why once.
            infrastructure.kafka().onFatalFault(reason -> System.err.println("SharedInfrastructure: the tests' Kafka broker stopped: "
                    + reason + " (Kafka logged why above); every test that needs Kafka fails from here on"));
            infrastructure.start();
            LocalInfrastructure started = infrastructure;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "local-infrastructure-stop"));
        }
        return infrastructure;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("onevoice-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
