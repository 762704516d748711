package org.onevoice.local.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.onevoice.events.serde.EventJson;
import org.onevoice.local.cli.WebhookSecrets;

/** Signed webhook deliveries to the gateway, as X and the call centre send them. */
public final class GatewayWebhooks {
    private static final DateTimeFormatter TWEET_TIME =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final URI gateway;
    private final WebhookSecrets secrets;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public GatewayWebhooks(String gatewayUrl, WebhookSecrets secrets) {
        this.gateway = URI.create(gatewayUrl.endsWith("/") ? gatewayUrl : gatewayUrl + "/");
        this.secrets = secrets;
    }

    public HttpRequest request(ReplayEvent event) {
        if (event instanceof ReplayEvent.Call call) {
            return callCentre(callJson(call));
        }
        return x(tweetJson((ReplayEvent.Tweet) event));
    }

    /** Sends and returns the HTTP status. */
    public int send(ReplayEvent event) {
        return sendAsync(request(event)).join().statusCode();
    }

    public CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest callCentre(String body) {
        long timestamp = Instant.now().getEpochSecond();
        return post("webhooks/call-centre", body)
                .header("X-OneVoice-Timestamp", Long.toString(timestamp))
                .header("X-OneVoice-Signature", WebhookSigner.oneVoice(secrets.callCentreSecret(), timestamp, body))
                .build();
    }

    private HttpRequest x(String body) {
        return post("webhooks/x", body)
                .header("x-twitter-webhooks-signature", WebhookSigner.x(secrets.xConsumerSecret(), body))
                .build();
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String callJson(ReplayEvent.Call call) {
        ObjectNode json = EventJson.MAPPER.createObjectNode()
                .put("callId", call.callId())
                .put("type", call.type())
                .put("at", call.at().toString())
                .put("caller", call.caller());
        putIfPresent(json, "queue", call.queue());
        putIfPresent(json, "agent", call.agent());
        putIfPresent(json, "question", call.question());
        putIfPresent(json, "answer", call.answer());
        putIfPresent(json, "topic", call.topic());
        return write(json);
    }

    private static String tweetJson(ReplayEvent.Tweet tweet) {
        ObjectNode json = EventJson.MAPPER.createObjectNode().put("for_user_id", tweet.brandUserId());
        ObjectNode status = json.putArray("tweet_create_events").addObject()
                .put("id_str", tweet.tweetId())
                .put("text", tweet.text())
                .put("created_at", TWEET_TIME.format(tweet.at()))
                .put("timestamp_ms", Long.toString(tweet.at().toEpochMilli()));
        putIfPresent(status, "in_reply_to_status_id_str", tweet.inReplyToTweetId());
        putIfPresent(status, "in_reply_to_user_id_str", tweet.inReplyToUserId());
        status.putObject("user")
                .put("id_str", tweet.userId())
                .put("screen_name", tweet.screenName())
                .put("name", tweet.screenName());
        return write(json);
    }

    private static void putIfPresent(ObjectNode json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }

    private static String write(ObjectNode json) {
        try {
            return EventJson.MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
