package org.onevoice.ticket.consistency;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server standing in for the consistency monitor's {@code POST /api/answers/check}:
 * it records each request body and answers with the response the test set, so a test sees exactly
 * what the ticket service sends over the wire and how it handles the answer.
 */
public class MonitorStandIn implements QuarkusTestResourceLifecycleManager {
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static volatile String response = "{\"conflicts\": []}";
    private static HttpServer server;
    private static int port;

    static void answerWith(String json) {
        response = json;
    }

    @Override
    public Map<String, String> start() {
        serve(0);
        port = server.getAddress().getPort();
        return Map.of("tickets.consistency.monitor-url", "http://localhost:" + port);
    }

    /** The monitor goes away: nothing listens on its port any more. */
    static void down() {
        server.stop(0);
    }

    /** The monitor is back on its port. */
    static void up() {
        serve(port);
    }

    private static void serve(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", onPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/answers/check", exchange -> {
            REQUESTS.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = response.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
