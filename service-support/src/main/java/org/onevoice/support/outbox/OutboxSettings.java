package org.onevoice.support.outbox;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a service's {@link OutboxRelay} works; each service maps it under its own prefix. */
public interface OutboxSettings {
    /** Events sent to Kafka in one relay round. */
    @WithDefault("500")
    int batchSize();

    /** How often the relay looks for events when no commit woke it. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long a round waits for Kafka's acknowledgements before it is retried. */
    @WithDefault("30s")
    Duration ackTimeout();
}
