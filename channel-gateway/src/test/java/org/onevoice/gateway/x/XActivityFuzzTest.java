package org.onevoice.gateway.x;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.List;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.gateway.limits.WebhookJson;
import org.onevoice.gateway.support.DefaultWebhookJson;
import org.onevoice.gateway.support.PublishedForm;
import org.onevoice.problem.ProblemException;

/**
 * Coverage-guided fuzzing of the X webhook body: JSON reading within the limits and the mapping to
 * contact events. Any body is either mapped or refused with a 4xx problem; anything else would be
 * an HTTP 500. Seeds and past findings: {@code src/test/resources/org/onevoice/gateway/x/XActivityFuzzTestInputs/}.
 */
class XActivityFuzzTest {
    private static final WebhookJson JSON = DefaultWebhookJson.INSTANCE;
    private static final XActivityMapper MAPPER = new XActivityMapper(id -> id.endsWith("7"), kind -> { });

    @FuzzTest(maxDuration = "10s")
    void everyDeliveryIsMappedOrRefusedWithAReason(byte[] body) {
        List<ContactEvent> contacts;
        try {
            contacts = MAPPER.contacts(XPayload.read(JSON, body), Instant.EPOCH);
        } catch (ProblemException refused) {
            int status = refused.problem().status();
            assertTrue(status >= 400 && status < 500, "refused with " + status);
            return;
        }
        contacts.forEach(PublishedForm::assertRoundTrips);
    }
}
