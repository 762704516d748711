package org.onevoice.local.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the JDK's own HTTP server: every way an HTTP/1.1 answer can end, and connections kept or not. */
class HttpPosterTest {
    private record Received(int clientPort, String body, String header) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private HttpPoster poster;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/length", exchange -> answer(exchange, 200, "{\"stored\":true}".getBytes(StandardCharsets.UTF_8), false));
        server.createContext("/chunked", exchange -> answer(exchange, 201, "x".repeat(20_000).getBytes(StandardCharsets.UTF_8), true));
        server.createContext("/empty", exchange -> answer(exchange, 204, null, false));
        server.createContext("/close", exchange -> {
            exchange.getResponseHeaders().set("Connection", "close");
            answer(exchange, 503, "{\"detail\":\"at capacity\"}".getBytes(StandardCharsets.UTF_8), false);
        });
        server.start();
        poster = new HttpPoster(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        poster.close();
        server.stop(0);
    }

    @Test
    void answersOfEveryFramingAreReadToTheirEndOnOneKeptConnection() {
        assertEquals(200, post("/length", "first"));
        assertEquals(201, post("/chunked", "second"));
        assertEquals(204, post("/empty", "third"));
        assertEquals(200, post("/length", "fourth"));

        assertEquals(List.of("first", "second", "third", "fourth"), received.stream().map(Received::body).toList());
        assertEquals(List.of("value"), received.stream().map(Received::header).distinct().toList());
        assertEquals(1, received.stream().map(Received::clientPort).distinct().count(), "all four on one connection");
    }

    @Test
    void aConnectionTheServerClosesIsNotUsedAgain() {
        assertEquals(503, post("/close", "refused"));
        assertEquals(200, post("/length", "again"));

        assertNotEquals(received.get(0).clientPort(), received.get(1).clientPort());
    }

    @Test
    void aServerThatIsNotThereFailsTheRequest() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (HttpPoster nowhere = new HttpPoster(URI.create("http://127.0.0.1:" + closedPort))) {
            CompletionException failure = assertThrows(CompletionException.class,
                    () -> nowhere.post("/length", List.of(), new byte[0]).join());
            assertInstanceOf(UncheckedIOException.class, failure.getCause());
        }
    }

    private int post(String path, String body) {
        return poster.post(path, List.of(new HttpHeader("X-Test", "value"), new HttpHeader("Content-Type", "text/plain")),
                body.getBytes(StandardCharsets.UTF_8)).join();
    }

    private void answer(HttpExchange exchange, int status, byte[] body, boolean chunked) throws IOException {
        received.add(new Received(exchange.getRemoteAddress().getPort(),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                exchange.getRequestHeaders().getFirst("X-Test")));
        exchange.sendResponseHeaders(status, body == null ? -1 : chunked ? 0 : body.length);
        if (body != null) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
