package org.onevoice.local.cli;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;

/**
 * Stands in for a service in {@link ServiceReadinessTest}: answers {@code /q/health/ready} with 503
 * until {@code READY_AFTER_MS} have passed, then with 200, on {@code QUARKUS_HTTP_PORT}; or exits at
 * once with {@code EXIT_WITH}. Packaged into a jar of its own, so it uses nothing but the JDK.
 */
public final class ReadyAfterDelay {
    private ReadyAfterDelay() {
    }

    public static void main(String[] args) throws Exception {
        String exit = System.getenv("EXIT_WITH");
        if (exit != null) {
            System.exit(Integer.parseInt(exit));
        }
        long readyAt = System.nanoTime() + Long.parseLong(System.getenv("READY_AFTER_MS")) * 1_000_000;
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"))), 0);
        server.createContext("/q/health/ready", exchange -> {
            exchange.sendResponseHeaders(System.nanoTime() >= readyAt ? 200 : 503, -1);
            exchange.close();
        });
        server.start();
    }
}
