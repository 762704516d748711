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

    /**
     * Replies of different tickets on their way out at the same time. A reply waits on the channel,
     * the delivery log and the report's acknowledgement, tens of milliseconds under load; one at a
     * time that capped delivery at about 25 replies per second (bench, docs/performance.md).
     */
    @WithDefault("8")
    int concurrency();

    /**
     * Replies read but not decided yet, those waiting for a retry or behind an earlier reply of their
     * ticket included. When reached, reading tickets.events waits until one is decided, so a long
     * backlog is not pulled into memory.
     */
    @WithDefault("512")
    int maxUndecided();
}
