package org.onevoice.gateway.callcentre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.gateway.support.DefaultWebhookJson;
import org.onevoice.gateway.support.PublishedForm;
import org.onevoice.problem.ProblemException;

/**
 * Coverage-guided fuzzing of the call-centre webhook body: parsing, validation and the contact
 * events of the call, as for the first event the gateway sees of it. Any body becomes events or a
 * 4xx problem naming the field. Seeds and past findings:
 * {@code src/test/resources/org/onevoice/gateway/callcentre/CallEventFuzzTestInputs/}.
 */
class CallEventFuzzTest {
    private static final CallEventParser PARSER = new CallEventParser(new CallCentreConfig() {
        @Override
        public Optional<String> secret() {
            return Optional.empty();
        }

        @Override
        public Duration timestampTolerance() {
            return Duration.ofMinutes(5);
        }

        @Override
        public String defaultRegion() {
            return "NL";
        }
    }, DefaultWebhookJson.INSTANCE);

    @FuzzTest(maxDuration = "10s")
    void everyEventBecomesContactsOrIsRefusedWithAReason(byte[] body) {
        CallEvent event;
        try {
            event = PARSER.parse(body);
        } catch (ProblemException refused) {
            int status = refused.problem().status();
            assertTrue(status >= 400 && status < 500, "refused with " + status);
            return;
        }
        if (event.caller() == null) {
            return;
        }
        CallState call = new CallState(event.callId(), event.caller(), event.queue(), event.question(), event.queuedAt());
        List<ContactEvent> contacts = CallContacts.of(event, call, Instant.EPOCH);
        assertTrue(contacts.get(0) instanceof ContactReceived, "a call's events start with its contact");
        assertEquals(event.callId(), contacts.get(0).channelMessageId());
        contacts.forEach(PublishedForm::assertRoundTrips);
    }
}
