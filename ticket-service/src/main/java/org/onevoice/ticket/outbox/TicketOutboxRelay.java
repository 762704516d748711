package org.onevoice.ticket.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.onevoice.support.outbox.OutboxRelay;
import org.onevoice.support.outbox.RelayLeadership;

/**
 * Relays the ticket service's outbox ({@link OutboxRelay}): ticket events to {@code tickets.events},
 * customer erasures to {@code customer.events}, in the order they were committed.
 */
@ApplicationScoped
public class TicketOutboxRelay {
    static final long RELAY_LOCK = 0x0e_70_0b_0c_5eL;

    private final RelayLeadership leadership;
    private final OutboxRelay relay;

    TicketOutboxRelay(@Channel("ticket-events") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                      MutinyEmitter<String> emitter, DataSource dataSource, OutboxConfig config,
                      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                      @ConfigProperty(name = "quarkus.datasource.username") String user,
                      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.leadership = new RelayLeadership(url, user, password.orElse(null), RELAY_LOCK);
        this.relay = new OutboxRelay("outbox-relay", URI.create("/onevoice/ticket-service"), emitter, dataSource,
                leadership, config);
    }

    void start(@Observes StartupEvent startup) {
        startRelay();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stopRelay();
    }

    /** Relays now rather than at the next poll; {@link Outbox} calls it once events were committed. */
    void wakeUp() {
        relay.wakeUp();
    }

    /** Stops relaying, as a shutdown does, so another instance may lead. */
    void stopRelay() throws InterruptedException {
        relay.stop();
    }

    void startRelay() {
        relay.start();
    }

    /** Whether this instance relays, taking the lead when free. */
    boolean leads() {
        return leadership.held();
    }
}
