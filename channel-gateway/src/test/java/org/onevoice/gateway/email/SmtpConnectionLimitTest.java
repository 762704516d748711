package org.onevoice.gateway.email;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevoice.gateway.support.SaturatedGateway;

/**
 * Senders that keep connections open cannot exhaust the listener: beyond
 * {@code gateway.smtp.max-connections} a new connection is greeted with 421 and closed, and once
 * one of the open ones ends, a new connection is served again.
 */
@QuarkusTest
@TestProfile(SaturatedGateway.class)
class SmtpConnectionLimitTest {
    @Inject
    SmtpListener smtp;

    @Test
    void oneConnectionTooManyIsToldToComeBackLaterUntilAnotherEnds() throws IOException {
        List<SmtpConversation> open = new ArrayList<>();
        try {
            for (int i = 0; i < SaturatedGateway.MAX_SMTP_CONNECTIONS; i++) {
                open.add(new SmtpConversation(smtp.port()));
                assertTrue(open.get(i).greeting.startsWith("220 "), open.get(i).greeting);
            }
            try (SmtpConversation oneTooMany = new SmtpConversation(smtp.port())) {
                assertEquals(SmtpListener.TOO_MANY_CONNECTIONS, oneTooMany.greeting);
            }

            try (SmtpConversation first = open.remove(0)) {
                assertTrue(first.send("QUIT").startsWith("221 "));
            }
            // The listener counts the connection closed when its socket is; until then a newcomer may still get 421.
            await().until(() -> {
                try (SmtpConversation again = new SmtpConversation(smtp.port())) {
                    return again.greeting;
                }
            }, reply -> reply.startsWith("220 "));
        } finally {
            for (SmtpConversation conversation : open) {
                conversation.close();
            }
        }
    }
}
