package org.onevoice.system.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.onevoice.local.cli.WebhookSecrets;

/** A customer's contacts as the channels deliver them to the gateway: signed webhooks. */
public final class Channels {
    public static final String BRAND_USER_ID = "900000001";
    private static final DateTimeFormatter TWEET_TIME =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final String gatewayUrl;
    private final WebhookSecrets secrets;

    public Channels(String gatewayUrl, WebhookSecrets secrets) {
        this.gatewayUrl = gatewayUrl;
        this.secrets = secrets;
    }

    /** Posts one call-centre lifecycle event and returns the HTTP status. */
    public int callEvent(String callId, String type, Instant at, String caller, String question) {
        String body = """
                {"callId":"%s","type":"%s","at":"%s","caller":"%s","queue":"retail","agent":"DORIT","question":%s}"""
                .formatted(callId, type, at, caller, question == null ? "null" : "\"" + question + "\"");
        long timestamp = Instant.now().getEpochSecond();
        return given().baseUri(gatewayUrl)
                .contentType(ContentType.JSON)
                .header("X-OneVoice-Timestamp", Long.toString(timestamp))
                .header("X-OneVoice-Signature", Signatures.oneVoice(secrets.callCentreSecret(), timestamp, body))
                .body(body)
                .post("/webhooks/call-centre")
                .statusCode();
    }

    /** Posts an Account Activity {@code tweet_create_events} delivery of one customer tweet. */
    public int tweet(String tweetId, String userId, String screenName, String text, Instant at) {
        String body = """
                {"for_user_id":"%s","tweet_create_events":[{"id_str":"%s","text":"%s","timestamp_ms":"%d","lang":"en",
                 "created_at":"%s","in_reply_to_status_id_str":null,
                 "user":{"id_str":"%s","screen_name":"%s","name":"%s"}}]}"""
                .formatted(BRAND_USER_ID, tweetId, text, at.toEpochMilli(), TWEET_TIME.format(at), userId, screenName, screenName);
        return given().baseUri(gatewayUrl)
                .contentType(ContentType.JSON)
                .header("x-twitter-webhooks-signature", Signatures.x(secrets.xConsumerSecret(), body))
                .body(body)
                .post("/webhooks/x")
                .statusCode();
    }
}
