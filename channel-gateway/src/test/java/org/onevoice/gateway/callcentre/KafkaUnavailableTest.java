package org.onevoice.gateway.callcentre;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevoice.gateway.support.UnreachableKafka;

/** Without Kafka's acknowledgement nothing is confirmed: the sender is told to retry. */
@QuarkusTest
@TestProfile(KafkaUnavailableTest.KafkaDown.class)
class KafkaUnavailableTest {

    public static class KafkaDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.publish.timeout", "1s", "gateway.publish.retry-after", "7s");
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
        String body = CallCentreCalls.event(CallCentreCalls.uniqueCallId(), "QUEUED", Instant.now(),
                CallCentreCalls.uniqueMobile().asSent(), null);

        CallCentreCalls.postSigned(body)
                .statusCode(503)
                .header("Retry-After", equalTo("7"))
                .contentType("application/problem+json")
                .body("detail", containsString("retry later"));
    }
}
