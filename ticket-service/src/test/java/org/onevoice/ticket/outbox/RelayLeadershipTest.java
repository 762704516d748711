package org.onevoice.ticket.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.onevoice.support.outbox.RelayLeadership;

/**
 * One relay across instances: while this service relays, a second instance's leadership (its own
 * PostgreSQL session) cannot take the lock; once this one stops relaying, the other takes it, and
 * when that one lets go, this service's relay takes it back.
 */
@QuarkusTest
class RelayLeadershipTest {
    @Inject
    TicketOutboxRelay relay;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Test
    void aSecondInstanceRelaysOnlyOnceTheFirstLetGo() throws InterruptedException {
        RelayLeadership otherInstance = new RelayLeadership(url, user, password.orElse(null), TicketOutboxRelay.RELAY_LOCK);
        await().until(relay::leads);
        assertFalse(otherInstance.held(), "the lock is this service's while it relays");

        relay.stopRelay();
        try {
            assertTrue(otherInstance.held(), "free once the relay stopped");
        } finally {
            otherInstance.release();
            relay.startRelay();
        }
        await().until(relay::leads);
        try {
            assertFalse(otherInstance.held());
        } finally {
            otherInstance.release();
        }
    }
}
