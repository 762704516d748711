package org.onevoice.gateway.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.onevoice.events.serde.EventJson;

/**
 * The few X API v2 calls the gateway makes, with X's answers turned into what a delivery needs to
 * know: 429 and 5xx are worth retrying (429 not before {@code x-rate-limit-reset}), any other 4xx is not.
 */
@ApplicationScoped
public class XApiClient {
    static final String RATE_LIMIT_RESET = "x-rate-limit-reset";

    private final XConfig config;
    private final HttpClient http;

    XApiClient(XConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.requestTimeout()).build();
    }

    /** Posts a tweet, as a reply when {@code inReplyToTweetId} is given, and returns its id. */
    public String postTweet(String text, String inReplyToTweetId) throws XApiException {
        ObjectNode body = EventJson.MAPPER.createObjectNode().put("text", text);
        if (inReplyToTweetId != null) {
            body.putObject("reply").put("in_reply_to_tweet_id", inReplyToTweetId);
        }
        return post("/2/tweets", body).path("data").path("id").asText(null);
    }

    /** Sends a direct message to one user and returns the DM event id. */
    public String sendDirectMessage(String participantId, String text) throws XApiException {
        String path = "/2/dm_conversations/with/" + URLEncoder.encode(participantId, StandardCharsets.UTF_8) + "/messages";
        return post(path, EventJson.MAPPER.createObjectNode().put("text", text)).path("data").path("dm_event_id").asText(null);
    }

    /** GET with the bearer token, for reads such as the mentions timeline; {@code pathAndQuery} must be URL-encoded. */
    public JsonNode get(String pathAndQuery) throws XApiException {
        return send(request(pathAndQuery).GET().build());
    }

    private JsonNode post(String path, JsonNode body) throws XApiException {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    private HttpRequest.Builder request(String path) throws XApiException {
        String token = config.bearerToken().filter(t -> !t.isBlank()).orElseThrow(() ->
                new XApiException("X bearer token not configured (gateway.x.bearer-token)", false, null, null));
        return HttpRequest.newBuilder(URI.create(config.apiBaseUrl().replaceAll("/+$", "") + path))
                .timeout(config.requestTimeout())
                .header("Authorization", "Bearer " + token);
    }

    private JsonNode send(HttpRequest request) throws XApiException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new XApiException("X API unreachable: " + e.getMessage(), true, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new XApiException("interrupted while calling the X API", true, null, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return json(response.body());
        }
        String detail = errorDetail(response.body());
        String reason = "X API answered " + status + detail;
        boolean retryable = status == 429 || status >= 500;
        boolean duplicate = status == 403 && detail.toLowerCase(Locale.ROOT).contains("duplicate content");
        throw new XApiException(reason, retryable, status == 429 ? rateLimitReset(response).orElse(null) : null, null, duplicate);
    }

    private static Optional<Instant> rateLimitReset(HttpResponse<?> response) {
        return response.headers().firstValue(RATE_LIMIT_RESET).flatMap(value -> {
            try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** X explains refusals in {@code detail} (v2 problem) or {@code errors[0].message}. */
    private static String errorDetail(String body) {
        JsonNode json = json(body);
        String detail = json.path("detail").asText(json.path("errors").path(0).path("message").asText(""));
        return detail.isBlank() ? "" : ": " + detail;
    }

    private static JsonNode json(String body) {
        try {
            return body == null || body.isBlank() ? EventJson.MAPPER.createObjectNode() : EventJson.MAPPER.readTree(body);
        } catch (IOException e) {
            return EventJson.MAPPER.createObjectNode();
        }
    }
}
