package org.onevoice.local.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * POSTs to one server over kept-alive {@link HttpConnection}s, each request on a thread of its own while it waits
 * for its answer, so as many are outstanding as the caller starts: the caller bounds them. The most recently used
 * idle connection is taken first, so a steady rate keeps a few connections busy rather than many half idle.
 */
public final class HttpPoster implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final String host;
    private final int port;
    private final ConcurrentLinkedDeque<HttpConnection> idle = new ConcurrentLinkedDeque<>();
    private final ExecutorService requests = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "http-poster-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** @param origin scheme http, host and port; any path is ignored */
    public HttpPoster(URI origin) {
        if (!"http".equals(origin.getScheme()) || origin.getHost() == null) {
            throw new IllegalArgumentException("an http://host:port origin is needed, not " + origin);
        }
        this.host = origin.getHost();
        this.port = origin.getPort() < 0 ? 80 : origin.getPort();
    }

    /** Completes with the answer's status code, or exceptionally when the exchange failed on the wire. */
    public CompletableFuture<Integer> post(String path, List<HttpHeader> headers, byte[] body) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return exchange(path, headers, body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, requests);
    }

    private int exchange(String path, List<HttpHeader> headers, byte[] body) throws IOException {
        HttpConnection connection = idle.pollFirst();
        if (connection == null) {
            connection = HttpConnection.open(host, port);
        }
        try {
            int status = connection.post(path, headers, body);
            if (connection.reusable()) {
                idle.offerFirst(connection);
            } else {
                connection.close();
            }
            return status;
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Waits for the requests started, up to their read timeout, then closes every connection. */
    @Override
    public void close() {
        requests.shutdown();
        try {
            requests.awaitTermination(35, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (HttpConnection connection = idle.pollFirst(); connection != null; connection = idle.pollFirst()) {
            connection.close();
        }
    }
}
