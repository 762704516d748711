package org.onevoice.gateway.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * A gateway that holds at most {@link #MAX_IN_FLIGHT} contacts and {@link #MAX_SMTP_CONNECTIONS}
 * SMTP connections, on a Kafka broker the test can stop and start: the situation of a Kafka that
 * cannot keep up, or of senders that hold connections open.
 */
public class SaturatedGateway implements QuarkusTestProfile {
    public static final int MAX_IN_FLIGHT = 3;
    public static final String RETRY_AFTER_SECONDS = "3";
    public static final int MAX_SMTP_CONNECTIONS = 4;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.admission.max-in-flight", Integer.toString(MAX_IN_FLIGHT),
                "gateway.smtp.max-connections", Integer.toString(MAX_SMTP_CONNECTIONS),
                "gateway.admission.retry-after", RETRY_AFTER_SECONDS + "s",
                // Long enough that the held contacts are acknowledged, not timed out, once the broker is back.
                "gateway.publish.timeout", "90s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StoppableKafka.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
