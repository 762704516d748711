package org.onevoice.ticket.live;

import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.onevoice.local.test.TestAccounts;
import org.onevoice.ticket.support.Api;

/** Consoles hear about a change over server-sent events once it is committed. */
@QuarkusTest
class TicketStreamTest {
    @TestHTTPResource("/api/tickets/stream")
    URI stream;

    @Test
    void aCommittedChangeIsAnnouncedToListeningConsoles() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream")
                .header("Authorization", TestAccounts.AGENT.basicAuthorization()).build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> response.body().forEach(lines::add));
        try {
            long ticket = Api.newTweetTicket("@Acme live", Instant.parse("2026-03-16T10:00:00Z"));
            Api.addNote(ticket, "seen live");

            await().until(() -> lines.stream().anyMatch(l -> l.startsWith("data:")
                    && l.contains("\"ticketId\":" + ticket + ",") && l.contains("InternalNoteAdded")));
        } finally {
            response.body().close();
            reading.cancel(true);
        }
    }
}
