package org.onevoice.gateway.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds on what one webhook request may contain; the raw-mail and SMTP limits are under {@code gateway.email}. */
@ConfigMapping(prefix = "gateway.limits")
public interface LimitsConfig {
    /** Largest body of an X or call-centre webhook; X deliveries are a few kilobytes per event. */
    @WithDefault("1M")
    MemorySize webhookBodySize();

    Json json();

    /** Jackson's stream read constraints for webhook bodies, far below its own defaults. */
    interface Json {
        /** Arrays and objects nested in each other; Account Activity events nest about 8 deep. */
        @WithDefault("32")
        int maxDepth();

        /** Characters of one string value; a long post on X has 25,000. */
        @WithDefault("100000")
        int maxStringLength();

        /** Digits of one number. */
        @WithDefault("64")
        int maxNumberLength();
    }
}
