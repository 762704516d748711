package org.onevoice.gateway.outbound;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "gateway.delivery")
public interface DeliveryConfig {
    /** Attempts per reply, the first included, before it is reported FAILED. */
    @WithDefault("5")
    int maxAttempts();

    /** Wait before the second attempt; doubled for every further one. */
    @WithDefault("1s")
    Duration initialBackoff();

    /**
     * Longest wait between two attempts, also when a channel's rate-limit reset lies further ahead:
     * the later replies of the same ticket wait in order behind the one being retried.
     */
    @WithDefault("60s")
    Duration maxBackoff();
}
