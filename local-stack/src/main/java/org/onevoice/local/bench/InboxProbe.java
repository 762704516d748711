package org.onevoice.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The agents' inbox, {@code GET /api/tickets}, timed one request after the other: the first page,
 * and a page deep in the list reached by keyset cursor, unfiltered or with the given filters.
 */
final class InboxProbe {
    /**
     * Untimed requests before each series. The inbox is the page agents reload all day, so its code
     * path is compiled by the JIT in a running service; with 20, the series timed first still ran
     * partly interpreted (first page p50 24 ms against 7-9 ms for the series after it).
     */
    private static final int WARM_UP = 200;

    private final HttpClient http;
    private final String ticketsUrl;
    private final String authorization;
    private final int requests;

    /**
     * @param authorization the agent's Authorization header: the inbox is agents' work
     * @param filters       query parameters to add, e.g. {@code &channel=EMAIL&status=NEW}; empty for none
     */
    InboxProbe(HttpClient http, String ticketServiceUrl, String authorization, String filters, int requests) {
        this.http = http;
        this.ticketsUrl = ticketServiceUrl + "/api/tickets?limit=50" + filters;
        this.authorization = authorization;
        this.requests = requests;
    }

    LatencySummary firstPage() throws IOException, InterruptedException {
        return time(URI.create(ticketsUrl));
    }

    /**
     * A page that starts after the ticket opened at {@code openedAt}. The cursor is built in the
     * form the first page's own {@code nextCursor} has ({@code base64url(openedAt|id)}); if the API
     * changed that form, the deep page is not measured rather than measured wrongly.
     */
    LatencySummary pageAfter(Instant openedAt, long id) throws IOException, InterruptedException {
        JsonNode first = new ObjectMapper().readTree(get(URI.create(ticketsUrl)).body());
        String next = first.path("nextCursor").asText("");
        String decoded = new String(Base64.getUrlDecoder().decode(next), StandardCharsets.UTF_8);
        if (!decoded.matches("[0-9T:.\\-]+Z\\|\\d+")) {
            return LatencySummary.of(new double[0]);
        }
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString((openedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        return time(URI.create(ticketsUrl + "&after=" + cursor));
    }

    private LatencySummary time(URI page) throws IOException, InterruptedException {
        for (int i = 0; i < WARM_UP; i++) {
            get(page);
        }
        double[] millis = new double[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(page);
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new IOException("GET " + page + " answered " + response.statusCode() + ": " + response.body());
            }
        }
        return LatencySummary.of(millis);
    }

    private HttpResponse<String> get(URI page) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30))
                        .header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
