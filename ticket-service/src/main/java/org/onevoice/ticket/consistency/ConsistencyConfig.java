package org.onevoice.ticket.consistency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Where the consistency monitor answers draft checks (TICKETS_CONSISTENCY_MONITOR_URL, ..._TIMEOUT). */
@ConfigMapping(prefix = "tickets.consistency")
public interface ConsistencyConfig {
    /** The monitor's base URL. */
    @WithDefault("http://localhost:8082")
    URI monitorUrl();

    /** The monitor's account for draft checks: checks are agents' work. */
    @WithDefault("agent")
    String username();

    /** Its password (ONEVOICE_AGENT_PASSWORD, as every service gets it); without one the check asks anonymously. */
    Optional<String> password();

    /** How long an agent waits for the check before the reply composer goes on without it. */
    @WithDefault("2s")
    Duration timeout();
}
