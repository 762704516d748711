package org.onevoice.gateway.callcentre;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import org.onevoice.gateway.support.Hmac;

/** The call-centre platform as the tests play it: signs its webhooks as the platform's docs say. */
public final class CallCentreCalls {
    static final String SECRET = "test-call-centre-secret";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000L);

    private CallCentreCalls() {
    }

    public static String uniqueCallId() {
        return "call-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
    }

    /** A phone number as the platform sends it, and the E.164 form the gateway must make of it. */
    public record Caller(String asSent, String e164) {
        public String partitionKey() {
            return "CALL_CENTRE:" + e164;
        }
    }

    /** A Dutch mobile number nobody else in this test run uses, written the local way. */
    public static Caller uniqueMobile() {
        String subscriber = String.format("%06d", SEQUENCE.incrementAndGet() % 1_000_000);
        return new Caller("06-12 " + subscriber, "+31612" + subscriber);
    }

    public static String event(String callId, String type, Instant at, String caller, String extraFields) {
        return "{\"callId\":\"" + callId + "\",\"type\":\"" + type + "\",\"at\":\"" + at + "\""
                + (caller == null ? "" : ",\"caller\":\"" + caller + "\"")
                + (extraFields == null ? "" : "," + extraFields) + "}";
    }

    public static ValidatableResponse postSigned(String body) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        return post(body, timestamp, "sha256=" + hmacHex(SECRET, timestamp + "." + body));
    }

    static ValidatableResponse post(String body, String timestamp, String signature) {
        var request = given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
        if (timestamp != null) {
            request.header("X-OneVoice-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-OneVoice-Signature", signature);
        }
        return request.post("/webhooks/call-centre").then();
    }

    static String hmacHex(String secret, String message) {
        return HexFormat.of().formatHex(Hmac.sha256(secret, message));
    }
}
