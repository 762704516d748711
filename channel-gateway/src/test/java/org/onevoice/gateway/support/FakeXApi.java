package org.onevoice.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real HTTP server on a free local port that plays the X API v2: it records every request and
 * answers as a test scripted it, by default like X does when it accepts a tweet or DM.
 */
public final class FakeXApi {
    public record Request(String method, String path, String authorization, String body) {
    }

    public record Answer(int status, Map<String, String> headers, String body) {
        public static Answer status(int status, String body) {
            return new Answer(status, Map.of(), body);
        }
    }

    private static final Duration HOLD_AT_MOST = Duration.ofSeconds(20);
    private static final AtomicLong IDS = new AtomicLong(1_900_000_000_000_000_000L);
    private static FakeXApi instance;

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> scripted = new ConcurrentHashMap<>();
    private final Map<String, String> getAnswers = new ConcurrentHashMap<>();
    private final List<Hold> holds = new CopyOnWriteArrayList<>();

    /** Requests containing {@code held} are answered once a request containing {@code awaited} arrived. */
    private record Hold(String held, String awaited, CountDownLatch seen) {
    }

    private FakeXApi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        // A held request must not keep the others from being answered.
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "fake-x-api");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public static synchronized FakeXApi get() {
        if (instance == null) {
            instance = new FakeXApi();
        }
        return instance;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next requests whose body contains {@code marker} get these answers, in order; later ones the default. */
    public void script(String marker, Answer... answers) {
        scripted.put(marker, new ArrayDeque<>(List.of(answers)));
    }

    /**
     * Requests whose body contains {@code held} are answered only once a request containing
     * {@code awaited} has arrived (or after {@link #HOLD_AT_MOST}): the client must have the two open
     * at the same time.
     */
    public void holdUntilSeen(String held, String awaited) {
        holds.add(new Hold(held, awaited, new CountDownLatch(1)));
    }

    /** GET requests whose path starts with {@code pathPrefix} are answered 200 with {@code json}. */
    public void answerGet(String pathPrefix, String json) {
        getAnswers.put(pathPrefix, json);
    }

    /** Every request so far, in the order they arrived. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requestsContaining(String text) {
        return requests.stream().filter(r -> r.body().contains(text)).toList();
    }

    public List<Request> requestsTo(String pathPrefix) {
        return requests.stream().filter(r -> r.path().startsWith(pathPrefix)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().toString();
        requests.add(new Request(exchange.getRequestMethod(), path, exchange.getRequestHeaders().getFirst("Authorization"), body));
        holds.stream().filter(hold -> body.contains(hold.awaited())).forEach(hold -> hold.seen().countDown());
        for (Hold hold : holds) {
            if (body.contains(hold.held())) {
                try {
                    hold.seen().await(HOLD_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        respond(exchange, answer(exchange.getRequestMethod(), path, body));
    }

    private Answer answer(String method, String path, String body) {
        if ("GET".equals(method)) {
            return getAnswers.entrySet().stream().filter(e -> path.startsWith(e.getKey())).findFirst()
                    .map(e -> Answer.status(200, e.getValue()))
                    .orElse(Answer.status(404, "{\"title\":\"Not Found Error\",\"detail\":\"nothing scripted\"}"));
        }
        for (Map.Entry<String, Deque<Answer>> entry : scripted.entrySet()) {
            if (body.contains(entry.getKey())) {
                Answer next = entry.getValue().poll();
                if (next != null) {
                    return next;
                }
            }
        }
        long id = IDS.incrementAndGet();
        return path.startsWith("/2/dm_conversations/")
                ? Answer.status(201, "{\"data\":{\"dm_conversation_id\":\"1-2\",\"dm_event_id\":\"" + id + "\"}}")
                : Answer.status(201, "{\"data\":{\"id\":\"" + id + "\",\"text\":\"posted\"}}");
    }

    private static void respond(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
