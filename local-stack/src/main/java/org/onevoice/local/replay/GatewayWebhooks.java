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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.onevoice.events.serde.EventJson;
import org.onevoice.local.cli.WebhookSecrets;
import org.onevoice.local.http.HttpHeader;

/** Signed webhook deliveries to the gateway, as X and the call centre send them. */
public final class GatewayWebhooks {
    private static final DateTimeFormatter TWEET_TIME =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final HttpHeader JSON = new HttpHeader("Content-Type", "application/json");

    private final URI gateway;
    private final String xPath;
    private final String callCentrePath;
    private final WebhookSecrets secrets;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public GatewayWebhooks(String gatewayUrl, WebhookSecrets secrets) {
        this.gateway = URI.create(gatewayUrl.endsWith("/") ? gatewayUrl : gatewayUrl + "/");
        this.xPath = gateway.resolve("webhooks/x").getRawPath();
        this.callCentrePath = gateway.resolve("webhooks/call-centre").getRawPath();
        this.secrets = secrets;
    }

    /** A delivery as its sender puts it on the wire: the path on the gateway, the headers beside Content-Length, the body. */
    public record SignedPost(String path, List<HttpHeader> headers, String body) {
    }

    /** Where the gateway listens: scheme, host, port and base path. */
    public URI url() {
        return gateway;
    }

    public SignedPost signed(ReplayEvent event) {
        if (event instanceof ReplayEvent.Call call) {
            return callCentre(callJson(call));
        }
        return x(tweetJson((ReplayEvent.Tweet) event));
    }

    public HttpRequest request(ReplayEvent event) {
        SignedPost post = signed(event);
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(post.path()))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(post.body()));
        post.headers().forEach(header -> request.header(header.name(), header.value()));
        return request.build();
    }

    /** Sends and returns the HTTP status. */
    public int send(ReplayEvent event) {
        return sendAsync(request(event)).join().statusCode();
    }

    public CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private SignedPost callCentre(String body) {
        long timestamp = Instant.now().getEpochSecond();
        return new SignedPost(callCentrePath, List.of(JSON,
                new HttpHeader("X-OneVoice-Timestamp", Long.toString(timestamp)),
                new HttpHeader("X-OneVoice-Signature", WebhookSigner.oneVoice(secrets.callCentreSecret(), timestamp, body))), body);
    }

    private SignedPost x(String body) {
        return new SignedPost(xPath, List.of(JSON,
                new HttpHeader("x-twitter-webhooks-signature", WebhookSigner.x(secrets.xConsumerSecret(), body))), body);
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
