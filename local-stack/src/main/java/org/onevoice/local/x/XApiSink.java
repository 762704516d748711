package org.onevoice.local.x;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * X API v2 as far as the gateway uses it to answer customers, for tests and the bench to point the
 * gateway at: it records every tweet posted and, like X, refuses a tweet whose text the account
 * already posted (403, duplicate content).
 */
public final class XApiSink implements AutoCloseable {
    /**
     * @param body          the request body as the gateway sent it
     * @param receivedNanos {@link System#nanoTime()} when it arrived, to time deliveries in this JVM
     */
    public record Tweet(String body, String text, long receivedNanos) {
    }

    private static final byte[] DUPLICATE_CONTENT = ("{\"title\":\"Forbidden\",\"type\":\"about:blank\",\"status\":403,"
            + "\"detail\":\"You are not allowed to create a Tweet with duplicate content.\"}").getBytes(StandardCharsets.UTF_8);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final List<Tweet> tweets = new CopyOnWriteArrayList<>();
    private final Set<String> postedTexts = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refusedDuplicates = new AtomicInteger();
    private final AtomicLong nextTweetId = new AtomicLong(1_800_000_000_000_000_000L);

    public XApiSink() {
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

    /** The tweets X accepted, in arrival order. */
    public List<Tweet> tweets() {
        return List.copyOf(tweets);
    }

    /** Request bodies of the tweets X accepted, in arrival order. */
    public List<String> postedTweets() {
        return tweets.stream().map(Tweet::body).toList();
    }

    /** How many tweets were refused as repeats of an accepted one. */
    public int refusedDuplicates() {
        return refusedDuplicates.get();
    }

    private void postTweet(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            long receivedNanos = System.nanoTime();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String text = textOf(body);
            if (!postedTexts.add(text)) {
                refusedDuplicates.incrementAndGet();
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(403, DUPLICATE_CONTENT.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(DUPLICATE_CONTENT);
                }
                return;
            }
            tweets.add(new Tweet(body, text, receivedNanos));
            byte[] response = ("{\"data\":{\"id\":\"" + nextTweetId.incrementAndGet() + "\",\"text\":\"ok\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, response.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response);
            }
        }
    }

    private static String textOf(String body) {
        try {
            return MAPPER.readTree(body).path("text").asText();
        } catch (IOException e) {
            return body;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
