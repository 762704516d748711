package org.onevoice.gateway.callcentre;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "gateway.call-centre")
public interface CallCentreConfig {
    /**
     * Shared secret the call-centre platform signs webhooks with. No default in production: without
     * it the webhook answers 503 instead of accepting unauthenticated calls.
     */
    Optional<String> secret();

    /** How far a webhook's timestamp may be from the gateway's clock; older ones are replays. */
    @WithDefault("300s")
    Duration timestampTolerance();

    /** ISO 3166 region for phone numbers the platform sends without a country code. */
    @WithDefault("NL")
    String defaultRegion();
}
