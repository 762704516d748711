package org.onevoice.local.replay;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends events to the gateway at their original relative times, sped up by a factor (0: as fast
 * as the gateway takes them). Events of one conversation go one after another, so a call is never
 * answered before it was queued; different conversations go in parallel.
 */
final class Replayer {
    private static final int MAX_ATTEMPTS = 6;

    private final GatewayWebhooks gateway;
    private final double speedUp;
    private final Semaphore inFlight;
    private final Map<String, CompletableFuture<Void>> lastOfConversation = new HashMap<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final Map<String, String> firstErrorByStatus = new ConcurrentHashMap<>();

    Replayer(GatewayWebhooks gateway, double speedUp, int concurrency) {
        this.gateway = gateway;
        this.speedUp = speedUp;
        this.inFlight = new Semaphore(concurrency);
    }

    record Report(int sent, Map<Integer, Integer> byStatus, Map<String, String> firstErrors, Duration took) {
        int accepted() {
            return byStatus.entrySet().stream().filter(e -> e.getKey() >= 200 && e.getKey() < 300).mapToInt(Map.Entry::getValue).sum();
        }
    }

    Report run(List<ReplayEvent> inTimeOrder) throws InterruptedException {
        Instant wallStart = Instant.now();
        Instant first = inTimeOrder.isEmpty() ? Instant.EPOCH : inTimeOrder.get(0).at();
        for (ReplayEvent event : inTimeOrder) {
            awaitDue(wallStart, Duration.between(first, event.at()));
            inFlight.acquire();
            CompletableFuture<Void> previous = lastOfConversation.getOrDefault(event.orderingKey(), CompletableFuture.completedFuture(null));
            CompletableFuture<Void> sent = previous.thenCompose(ignored -> deliver(event, 1))
                    .whenComplete((ok, error) -> inFlight.release());
            lastOfConversation.put(event.orderingKey(), sent);
        }
        CompletableFuture.allOf(lastOfConversation.values().toArray(CompletableFuture[]::new)).join();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        statuses.forEach((status, count) -> byStatus.put(status, count.get()));
        return new Report(inTimeOrder.size(), byStatus, Map.copyOf(firstErrorByStatus), Duration.between(wallStart, Instant.now()));
    }

    private CompletableFuture<Void> deliver(ReplayEvent event, int attempt) {
        return gateway.sendAsync(gateway.request(event)).handle((response, error) -> {
            int status = error != null ? 0 : response.statusCode();
            boolean retry = (status == 0 || status == 429 || status == 503) && attempt < MAX_ATTEMPTS;
            if (retry) {
                return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(backoff(response, attempt), TimeUnit.MILLISECONDS))
                        .thenCompose(ignored -> deliver(event, attempt + 1));
            }
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (status < 200 || status >= 300) {
                firstErrorByStatus.putIfAbsent(Integer.toString(status), error != null ? error.toString() : response.body());
            }
            return CompletableFuture.<Void>completedFuture(null);
        }).thenCompose(next -> next);
    }

    /** Retry-After when the gateway pushes back, else exponential. */
    private static long backoff(HttpResponse<String> response, int attempt) {
        if (response != null) {
            var retryAfter = response.headers().firstValue("Retry-After");
            if (retryAfter.isPresent() && retryAfter.get().matches("\\d+")) {
                return Long.parseLong(retryAfter.get()) * 1000;
            }
        }
        return 100L << attempt;
    }

    private void awaitDue(Instant wallStart, Duration sinceFirstEvent) throws InterruptedException {
        if (speedUp <= 0) {
            return;
        }
        Instant due = wallStart.plusNanos((long) (sinceFirstEvent.toNanos() / speedUp));
        long waitMillis = Duration.between(Instant.now(), due).toMillis();
        if (waitMillis > 0) {
            // Pacing the replay to the data's own clock, not waiting for a result.
            Thread.sleep(waitMillis);
        }
    }
}
