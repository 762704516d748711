package org.onevoice.gateway.x;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "gateway.x")
public interface XConfig {
    /**
     * The app's consumer secret: X signs Account Activity webhooks and answers CRC checks with it.
     * No default in production: without it the X webhook answers 503.
     */
    Optional<String> consumerSecret();

    /** OAuth 2.0 bearer token of the brand account for posting replies (tweets and DMs). */
    Optional<String> bearerToken();

    /** Base URL of the X API v2. */
    @WithDefault("https://api.x.com")
    String apiBaseUrl();

    /** How long one X API request may take. */
    @WithDefault("10s")
    Duration requestTimeout();
}
