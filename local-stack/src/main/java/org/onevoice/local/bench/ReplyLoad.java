package org.onevoice.local.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onevoice.local.http.HttpHeader;
import org.onevoice.local.http.HttpPoster;

/**
 * Agents answering: a share of the contacts is followed by a reply through the ticket API, to one
 * of the newest tickets, at the same open-loop pace as the contacts. Each reply's text carries its
 * number, so it can be found again where the gateway delivers it.
 */
final class ReplyLoad {
    private static final int MAX_IN_FLIGHT = 256;
    /** What the text of a measured reply carries before its number; the warm-up's replies carry another. */
    static final String MEASURED = "bench reply";
    private static final Pattern NUMBER = Pattern.compile("\\(" + MEASURED + " (\\d+)\\)");

    private final HttpPoster ticketService;
    private final List<HttpHeader> headers;
    private final double repliesPerContact;
    private final Supplier<List<Long>> recentTicketIds;
    private final String marker;
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Double> latenciesMillis = new ConcurrentLinkedQueue<>();
    private final Map<Long, Long> acceptedSentNanos = new ConcurrentHashMap<>();
    private double credit;
    private long sent;

    private ReplyLoad(HttpPoster ticketService, String authorization, int percent, Supplier<List<Long>> recentTicketIds,
                      String marker) {
        this.ticketService = ticketService;
        this.headers = List.of(new HttpHeader("Content-Type", "application/json"), new HttpHeader("Authorization", authorization));
        this.repliesPerContact = percent / 100.0;
        this.recentTicketIds = recentTicketIds;
        this.marker = marker;
    }

    /** The replies that are measured: their texts carry the number {@link #numberIn} finds. */
    static ReplyLoad measured(HttpPoster ticketService, String authorization, int percent, Supplier<List<Long>> recentTicketIds) {
        return new ReplyLoad(ticketService, authorization, percent, recentTicketIds, MEASURED);
    }

    /**
     * Replies during the warm-up, so the reply path is past its cold start too when the measured load begins
     * (without them the first seconds of a measured run carried seconds of tail). Their texts carry no number
     * {@link #numberIn} finds, so no figure counts them.
     */
    static ReplyLoad warmUp(HttpPoster ticketService, String authorization, int percent, Supplier<List<Long>> recentTicketIds) {
        return new ReplyLoad(ticketService, authorization, percent, recentTicketIds, "bench warm-up reply");
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
        long number = sent++;
        long ticketId = ids.get((int) (number % ids.size()));
        if (!inFlight.tryAcquire()) {
            count(AckLog.DROPPED);
            return;
        }
        long start = System.nanoTime();
        byte[] body = ("{\"body\":\"" + text(number) + "\",\"author\":\"bench-agent\"}").getBytes(StandardCharsets.UTF_8);
        ticketService.post("/api/tickets/" + ticketId + "/replies", headers, body).whenComplete((answered, failure) -> {
            latenciesMillis.add((System.nanoTime() - start) / 1e6);
            int status = failure == null ? answered : AckLog.IO_ERROR;
            if (status >= 200 && status < 300) {
                acceptedSentNanos.put(number, start);
            }
            count(status);
            inFlight.release();
        });
    }

    String text(long number) {
        return "Thanks for reaching out, we are on it. (" + marker + " " + number + ")";
    }

    /** The number of the bench reply a delivered text carries, or -1. */
    static long numberIn(String text) {
        Matcher matcher = NUMBER.matcher(text);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    /** When each reply the ticket API accepted was sent (System.nanoTime), by its number. */
    Map<Long, Long> acceptedSentNanos() {
        return Map.copyOf(acceptedSentNanos);
    }

    private void count(int status) {
        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
    }

    BenchReport.Replies report(BenchReport.ReplyDelivery delivery) {
        Map<String, Long> byStatus = new java.util.TreeMap<>();
        statuses.forEach((status, n) -> byStatus.put(BenchReport.statusName(status), n.get()));
        long ok = statuses.entrySet().stream().filter(e -> e.getKey() >= 200 && e.getKey() < 300)
                .mapToLong(e -> e.getValue().get()).sum();
        return new BenchReport.Replies(byStatus.values().stream().mapToLong(Long::longValue).sum(), ok, byStatus,
                LatencySummary.of(latenciesMillis.stream().mapToDouble(Double::doubleValue).toArray()), delivery);
    }
}
