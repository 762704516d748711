package org.onevoice.gateway.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onevoice.gateway.support.UnreachableKafka;

/** A sending mail server is told to retry (4xx) when Kafka does not take the mail: nothing accepted is lost. */
@QuarkusTest
@TestProfile(SmtpKafkaUnavailableTest.NoKafka.class)
class SmtpKafkaUnavailableTest {
    @Inject
    SmtpListener listener;

    public static class NoKafka implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.publish.timeout", "1s");
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
    void mailIsAnswered451WhenKafkaDoesNotAcknowledge() throws IOException {
        String customer = EmailTestMails.uniqueCustomer();
        try (SmtpConversation smtp = new SmtpConversation(listener.port())) {
            String reply = smtp.deliver(customer, EmailTestMails.SUPPORT,
                    EmailTestMails.question(customer, EmailTestMails.uniqueMessageId(), "", "Is anyone there?"));
            assertEquals("451 4.3.0 The message could not be stored, try again later", reply);
            assertEquals("250 2.0.0 OK", smtp.send("NOOP"));
        }
    }
}
