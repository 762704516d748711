package org.onevoice.monitor.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.net.URI;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.onevoice.monitor.outbox.AlertOutbox.OutboxAppended;
import org.onevoice.support.outbox.OutboxRelay;
import org.onevoice.support.outbox.RelayLeadership;

/** Relays the monitor's outbox ({@link OutboxRelay}): alert events to {@code consistency.alerts}, each alert's in order. */
@ApplicationScoped
public class AlertOutboxRelay {
    private static final long RELAY_LOCK = 0x6d_6f_6e_6f_75_74L;

    private final OutboxRelay relay;

    AlertOutboxRelay(@Channel("alerts") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
                     MutinyEmitter<String> emitter, DataSource dataSource, OutboxConfig config,
                     @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                     @ConfigProperty(name = "quarkus.datasource.username") String user,
                     @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.relay = new OutboxRelay("alert-outbox-relay", URI.create("/onevoice/consistency-monitor"), emitter,
                dataSource, new RelayLeadership(url, user, password.orElse(null), RELAY_LOCK), config);
    }

    void start(@Observes StartupEvent startup) {
        relay.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        relay.stop();
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        relay.wakeUp();
    }
}
