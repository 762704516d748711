package org.onevoice.local.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports nobody listens on right now, for test runs that must not collide with a local run.
 *
 * <p>They are drawn from below the kernel's ephemeral range, not asked for with port 0: a port the
 * kernel hands out for port 0 comes from that range, and until the server that was given it binds
 * it, any outgoing connection (a JDBC pool, a Kafka client, a service calling another) may take it
 * as its local port. A Kafka controller whose port is taken stops the whole JVM.
 */
public final class FreePorts {
    /**
     * Above the default ports of {@code ./onevoice up} (2525, 8080-8082, 15432, 19092-19093), so a
     * test never takes one a local run is about to bind.
     */
    static final int LOWEST = 20_000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /** Linux's default; BSD and macOS start theirs higher still. */
    private static final int DEFAULT_EPHEMERAL_START = 32_768;
    private static final int ATTEMPTS = 200;
    /** A port goes to one caller per JVM, even if the first has not bound it yet. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    /** The first port the kernel may give an outgoing connection. */
    static final int EPHEMERAL_START = readEphemeralRangeStart();

    private FreePorts() {
    }

    public static int next() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, EPHEMERAL_START);
            if (HANDED_OUT.add(port) && bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST + " and " + EPHEMERAL_START + " after " + ATTEMPTS + " attempts");
    }

    private static int readEphemeralRangeStart() {
        try {
            String range = Files.readString(EPHEMERAL_RANGE, StandardCharsets.US_ASCII).trim();
            int start = Integer.parseInt(range.split("\\s+")[0]);
            // A range starting this low leaves too few ports below it; then the default's, overlapping it.
            return start > LOWEST + 1_000 ? start : DEFAULT_EPHEMERAL_START;
        } catch (IOException | RuntimeException notLinux) {
            return DEFAULT_EPHEMERAL_START;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
