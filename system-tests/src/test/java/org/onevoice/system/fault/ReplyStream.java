package org.onevoice.system.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.onevoice.system.support.Pacing;
import org.onevoice.system.support.RunningSystem;

/**
 * Agents answering the oldest tickets at a fixed rate while faults happen, through the ticket
 * service's REST API on the ticket's own channel. Each request carries an Idempotency-Key, so a
 * request whose answer was lost (the service was killed) can be sent again without a second reply.
 */
final class ReplyStream implements AutoCloseable {
    private final RunningSystem system;
    private final String ticketsUrl;
    private final int total;
    private final Pacing pacing;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<long[]> tickets = new ArrayList<>();
    private final List<SentReply> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final String runId = Long.toString(System.currentTimeMillis());
    private final Thread sender;

    ReplyStream(RunningSystem system, String ticketsUrl, int total, double perSecond) {
        this.system = system;
        this.ticketsUrl = ticketsUrl;
        this.total = total;
        this.pacing = new Pacing(perSecond);
        this.sender = new Thread(this::sendAll, "reply-stream");
        sender.start();
    }

    /** A reply the ticket service accepted: on which ticket, on which channel, with which text. */
    record SentReply(long ticketId, String channel, String text) {
    }

    int accepted() {
        return sent.size();
    }

    int retries() {
        return retries.get();
    }

    List<SentReply> sent() {
        return List.copyOf(sent);
    }

    boolean awaitDone(Duration timeout) throws InterruptedException {
        sender.join(timeout.toMillis());
        return !sender.isAlive();
    }

    private void sendAll() {
        for (int i = 0; i < total && !Thread.currentThread().isInterrupted(); i++) {
            pacing.awaitTurn(i);
            long[] ticket = ticket(i);
            String text = "Answer " + runId + "-" + i + ": your refund of ticket " + ticket[0] + " is on its way.";
            if (send(ticket[0], "fault-" + runId + "-" + i, text)) {
                sent.add(new SentReply(ticket[0], ticket[1] == 1 ? "EMAIL" : "X", text));
            }
        }
    }

    /** The i-th oldest ticket as {id, 1 if it came in by mail}, waiting until it exists. */
    private long[] ticket(int i) {
        while (tickets.size() <= i) {
            try (Connection db = system.database("tickets"); Statement query = db.createStatement();
                 ResultSet rows = query.executeQuery("SELECT id, channel FROM ticket ORDER BY id LIMIT " + (total + 1L))) {
                tickets.clear();
                while (rows.next()) {
                    tickets.add(new long[] {rows.getLong(1), "EMAIL".equals(rows.getString(2)) ? 1 : 0});
                }
            } catch (SQLException restarting) {
                // PostgreSQL is being restarted: look again shortly
            }
            if (tickets.size() <= i) {
                Pacing.backOff(ContactStream.RETRY_AFTER);
            }
        }
        return tickets.get(i);
    }

    /** Sends until the ticket service accepts; false only when the stream was stopped first. */
    private boolean send(long ticketId, String key, String text) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ticketsUrl + "/api/tickets/" + ticketId + "/replies"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .header("Authorization", system.agentAuthorization())
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"" + text + "\",\"author\":\"Fault Drill\"}"))
                .build();
        while (true) {
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200 || status == 201) {
                    return true;
                }
            } catch (IOException unreachable) {
                // the ticket service is restarting: the same request, same key, again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            retries.incrementAndGet();
            Pacing.backOff(ContactStream.RETRY_AFTER);
        }
    }

    @Override
    public void close() {
        sender.interrupt();
    }
}
