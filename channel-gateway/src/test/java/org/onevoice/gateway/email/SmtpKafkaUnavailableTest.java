package org.onevoice.gateway.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.onevoice.gateway.support.DegradedGateway;

/** A sending mail server is told to retry (4xx) when Kafka does not take the mail: nothing accepted is lost. */
@QuarkusTest
@TestProfile(DegradedGateway.class)
class SmtpKafkaUnavailableTest {
    @Inject
    SmtpListener listener;

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
