package org.onevoice.local.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Agents answering: a share of the contacts is followed by a reply through the ticket API, to one
 * of the newest tickets, at the same open-loop pace as the contacts.
 */
final class ReplyLoad {
    private static final int MAX_IN_FLIGHT = 256;

    private final HttpClient http;
    private final URI tickets;
    private final String authorization;
    private final double repliesPerContact;
    private final Supplier<List<Long>> recentTicketIds;
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Double> latenciesMillis = new ConcurrentLinkedQueue<>();
    private double credit;
    private long sent;

    /** @param authorization the agent's Authorization header: replies are agents' work */
    ReplyLoad(HttpClient http, String ticketServiceUrl, String authorization, int percent, Supplier<List<Long>> recentTicketIds) {
        this.http = http;
        this.tickets = URI.create(ticketServiceUrl + "/api/tickets/");
        this.authorization = authorization;
        this.repliesPerContact = percent / 100.0;
        this.recentTicketIds = recentTicketIds;
    }

    /** Called by the load generator's thread after each contact. */
    void afterContact() {
        credit += repliesPerContact;
        if (credit < 1) {
            return;
        }
        credit -= 1;
        List<Long> ids = recentTicketIds.get();
        if (ids.isEmpty()) {
            return;
        }
        long ticketId = ids.get((int) (sent++ % ids.size()));
        if (!inFlight.tryAcquire()) {
            count(AckLog.DROPPED);
            return;
        }
        long start = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(tickets.resolve(ticketId + "/replies"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"body\":\"Thanks for reaching out, we are on it.\",\"author\":\"bench-agent\"}"))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            latenciesMillis.add((System.nanoTime() - start) / 1e6);
            count(failure == null ? response.statusCode() : AckLog.IO_ERROR);
            inFlight.release();
        });
    }

    private void count(int status) {
        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
    }

    BenchReport.Replies report() {
        Map<String, Long> byStatus = new java.util.TreeMap<>();
        statuses.forEach((status, n) -> byStatus.put(BenchReport.statusName(status), n.get()));
        long ok = statuses.entrySet().stream().filter(e -> e.getKey() >= 200 && e.getKey() < 300)
                .mapToLong(e -> e.getValue().get()).sum();
        return new BenchReport.Replies(byStatus.values().stream().mapToLong(Long::longValue).sum(), ok, byStatus,
                LatencySummary.of(latenciesMillis.stream().mapToDouble(Double::doubleValue).toArray()));
    }
}
