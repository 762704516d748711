package org.onevoice.gateway.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * A gateway whose Kafka does not answer and whose X secret is missing. Test classes of every
 * channel share this one profile, so Quarkus starts it once for all of them.
 */
public class DegradedGateway implements QuarkusTestProfile {
    public static final String RETRY_AFTER_SECONDS = "7";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gateway.publish.timeout", "1s", "gateway.publish.retry-after", RETRY_AFTER_SECONDS + "s",
                "gateway.x.consumer-secret", "");
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
