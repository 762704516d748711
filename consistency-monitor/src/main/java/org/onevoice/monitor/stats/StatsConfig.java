package org.onevoice.monitor.stats;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "monitor.stats")
public interface StatsConfig {
    /** A contact counts as a repeat when the same customer made another this long before it or less. */
    @WithDefault("7d")
    Duration repeatWindow();

    /**
     * A contact counts as a hop-out when, this long after it or less and before it was answered
     * and resolved, the same customer asked the same topic on another channel.
     */
    @WithDefault("7d")
    Duration hopWindow();
}
