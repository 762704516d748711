package org.onevoice.system.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** X API v2 as far as the gateway uses it to answer customers: it records every tweet posted. */
public final class FakeXApi implements AutoCloseable {
    private final HttpServer server;
    private final List<String> postedTweets = new CopyOnWriteArrayList<>();
    private final AtomicLong nextTweetId = new AtomicLong(1_800_000_000_000_000_000L);

    public FakeXApi() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/2/tweets", this::postTweet);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Request bodies of {@code POST /2/tweets}, in arrival order. */
    public List<String> postedTweets() {
        return List.copyOf(postedTweets);
    }

    private void postTweet(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            postedTweets.add(body);
            byte[] response = ("{\"data\":{\"id\":\"" + nextTweetId.incrementAndGet() + "\",\"text\":\"ok\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, response.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
