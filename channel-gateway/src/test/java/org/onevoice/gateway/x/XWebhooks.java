package org.onevoice.gateway.x;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import org.onevoice.gateway.support.Hmac;

/** X's Account Activity deliveries as the tests play them, signed the way X documents it. */
public final class XWebhooks {
    static final String CONSUMER_SECRET = "test-x-consumer-secret";
    static final String BRAND_ID = "9000000001";
    static final String BRAND_HANDLE = "AcmeSupport";
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 1000);

    private XWebhooks() {
    }

    public static String uniqueId() {
        return Long.toString(IDS.incrementAndGet());
    }

    public static String tweet(String id, String userId, String screenName, String text, String inReplyToStatus, String inReplyToUser,
                        String inReplyToScreenName, String lang, Instant at) {
        return "{\"created_at\":\"Tue Mar 03 10:00:00 +0000 2026\",\"id_str\":\"" + id + "\",\"text\":" + quote(text)
                + ",\"truncated\":false,\"in_reply_to_status_id_str\":" + quote(inReplyToStatus)
                + ",\"in_reply_to_user_id_str\":" + quote(inReplyToUser) + ",\"in_reply_to_screen_name\":" + quote(inReplyToScreenName)
                + ",\"user\":{\"id_str\":\"" + userId + "\",\"screen_name\":\"" + screenName + "\",\"name\":\"" + screenName + " Name\"}"
                + ",\"lang\":" + quote(lang) + ",\"timestamp_ms\":\"" + at.toEpochMilli() + "\"}";
    }

    public static String tweetEvents(String... tweets) {
        return "{\"for_user_id\":\"" + BRAND_ID + "\",\"tweet_create_events\":[" + String.join(",", tweets) + "]}";
    }

    static String directMessageEvents(String id, String senderId, String recipientId, String text, Instant at,
                                      String customerId, String customerHandle) {
        return "{\"for_user_id\":\"" + BRAND_ID + "\",\"direct_message_events\":[{\"type\":\"message_create\",\"id\":\"" + id
                + "\",\"created_timestamp\":\"" + at.toEpochMilli() + "\",\"message_create\":{\"target\":{\"recipient_id\":\""
                + recipientId + "\"},\"sender_id\":\"" + senderId + "\",\"message_data\":{\"text\":" + quote(text)
                + ",\"entities\":{\"hashtags\":[],\"symbols\":[],\"user_mentions\":[],\"urls\":[]}}}}],"
                + "\"users\":{\"" + BRAND_ID + "\":{\"id\":\"" + BRAND_ID + "\",\"name\":\"Acme\",\"screen_name\":\"" + BRAND_HANDLE + "\"},"
                + "\"" + customerId + "\":{\"id\":\"" + customerId + "\",\"name\":\"Klant " + customerId + "\",\"screen_name\":\""
                + customerHandle + "\"}}}";
    }

    public static ValidatableResponse postSigned(String body) {
        return post(body, "sha256=" + hmacBase64(CONSUMER_SECRET, body));
    }

    static ValidatableResponse post(String body, String signature) {
        var request = given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("x-twitter-webhooks-signature", signature);
        }
        return request.post("/webhooks/x").then();
    }

    static String hmacBase64(String secret, String message) {
        return Base64.getEncoder().encodeToString(Hmac.sha256(secret, message));
    }

    private static String quote(String value) {
        return value == null ? "null" : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
