package org.onevoice.gateway.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "gateway.publish")
public interface PublishConfig {
    /** How long a caller waits for Kafka's acknowledgement before the publish counts as failed. */
    @WithDefault("10s")
    Duration timeout();

    /** What a webhook sender is told to wait before retrying when Kafka did not acknowledge. */
    @WithDefault("5s")
    Duration retryAfter();
}
