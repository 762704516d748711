package org.onevoice.ticket.outbox;

import io.smallrye.config.ConfigMapping;
import org.onevoice.support.outbox.OutboxSettings;

@ConfigMapping(prefix = "tickets.outbox")
public interface OutboxConfig extends OutboxSettings {
}
