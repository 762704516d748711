package org.onevoice.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.onevoice.gateway.support.DegradedGateway;
import org.onevoice.gateway.support.Hmac;

/**
 * A gateway whose Kafka does not answer and whose X secret is missing: it confirms nothing, tells
 * senders to retry, and says plainly what is not configured.
 */
@QuarkusTest
@TestProfile(DegradedGateway.class)
class DegradedGatewayTest {
    private static final String CALL_CENTRE_SECRET = "test-call-centre-secret";

    @Test
    void aWebhookIsAnswered503WithRetryAfterWhenKafkaDoesNotAcknowledge() {
        String body = "{\"callId\":\"call-degraded\",\"type\":\"QUEUED\",\"at\":\"" + Instant.now() + "\",\"caller\":\"+31201234567\"}";
        String timestamp = Long.toString(Instant.now().getEpochSecond());

        given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8))
                .header("X-OneVoice-Timestamp", timestamp)
                .header("X-OneVoice-Signature", "sha256=" + HexFormat.of().formatHex(Hmac.sha256(CALL_CENTRE_SECRET, timestamp + "." + body)))
                .post("/webhooks/call-centre")
                .then().statusCode(503)
                .header("Retry-After", equalTo(DegradedGateway.RETRY_AFTER_SECONDS))
                .contentType("application/problem+json")
                .body("detail", containsString("retry later"));
    }

    @Test
    void theXWebhookSaysItsSecretIsNotConfigured() {
        given().queryParam("crc_token", "abc").get("/webhooks/x")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", equalTo("webhook secret not configured (gateway.x.consumer-secret)"));
        given().contentType("application/json").body("{}").header("x-twitter-webhooks-signature", "sha256=AAAA")
                .post("/webhooks/x")
                .then().statusCode(503).body("detail", equalTo("webhook secret not configured (gateway.x.consumer-secret)"));
        given().get("/q/health/ready").then().body("checks.find { it.name == 'channel secrets' }.data.'x webhook'",
                equalTo("secret not configured"));
    }
}
