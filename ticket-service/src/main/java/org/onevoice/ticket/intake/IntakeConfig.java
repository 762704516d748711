package org.onevoice.ticket.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "tickets.intake")
public interface IntakeConfig {
    /**
     * A new call from a number whose call ticket is still unresolved and was active this recently
     * joins that ticket: people call back about the same thing within a working day. Older
     * unresolved tickets are not joined, since a call carries no reference to say it is the same
     * question.
     */
    @WithDefault("24h")
    Duration callWindow();
}
