package org.onevoice.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevoice.gateway.support.Hmac;
import org.onevoice.gateway.support.UnreachableKafka;

/**
 * A gateway whose Kafka does not answer and whose X secret is missing: it confirms nothing, tells
 * senders to retry, and says plainly what is not configured.
 */
@QuarkusTest
@TestProfile(DegradedGatewayTest.Degraded.class)
class DegradedGatewayTest {
    private static final String CALL_CENTRE_SECRET = "test-call-centre-secret";

    public static class Degraded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.publish.timeout", "1s", "gateway.publish.retry-after", "7s", "gateway.x.consumer-secret", "");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(UnreachableKafka.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void aWebhookIsAnswered503WithRetryAfterWhenKafkaDoesNotAcknowledge() {
        String body = "{\"callId\":\"call-degraded\",\"type\":\"QUEUED\",\"at\":\"" + Instant.now() + "\",\"caller\":\"+31201234567\"}";
        String timestamp = Long.toString(Instant.now().getEpochSecond());

        given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8))
                .header("X-OneVoice-Timestamp", timestamp)
                .header("X-OneVoice-Signature", "sha256=" + HexFormat.of().formatHex(Hmac.sha256(CALL_CENTRE_SECRET, timestamp + "." + body)))
                .post("/webhooks/call-centre")
                .then().statusCode(503)
                .header("Retry-After", equalTo("7"))
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
