package org.onevoice.monitor.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "monitor.outbox")
public interface OutboxConfig {
    /** Events sent to Kafka in one relay round (one transaction). */
    @WithDefault("200")
    int batchSize();

    /** How often the relay looks for events when no commit woke it. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long a round waits for Kafka's acknowledgements before it is retried. */
    @WithDefault("30s")
    Duration ackTimeout();
}
