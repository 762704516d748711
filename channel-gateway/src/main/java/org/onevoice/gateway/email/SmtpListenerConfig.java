package org.onevoice.gateway.email;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "gateway.smtp")
public interface SmtpListenerConfig {
    @WithDefault("true")
    boolean enabled();

    @WithDefault("0.0.0.0")
    String host();

    /** 0 picks a free port (tests). */
    @WithDefault("2525")
    int port();

    /** The name the listener greets with. */
    @WithDefault("onevoice.local")
    String hostname();

    @WithDefault("100")
    int maxRecipients();

    /**
     * Open SMTP connections at most; one more is greeted with 421 and closed. Each may sit idle for
     * {@link #idleTimeout()}, so without a bound idle sockets alone could exhaust the gateway.
     */
    @WithDefault("200")
    int maxConnections();

    /** RFC 5321 asks servers to wait at least 5 minutes for the next command. */
    @WithDefault("300s")
    Duration idleTimeout();
}
