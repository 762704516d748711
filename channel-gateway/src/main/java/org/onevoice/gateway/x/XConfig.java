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

    Mentions mentions();

    /**
     * Polling the brand's mentions timeline, for deployments without an Account Activity webhook or
     * as a safety net beside it: a mention seen both ways has the same event id.
     */
    interface Mentions {
        @WithDefault("false")
        boolean enabled();

        /** The brand account's X user id whose mentions are polled. */
        Optional<String> userId();

        @WithDefault("60s")
        Duration pollInterval();
    }
}
