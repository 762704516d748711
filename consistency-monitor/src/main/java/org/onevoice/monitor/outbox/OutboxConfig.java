package org.onevoice.monitor.outbox;

import io.smallrye.config.ConfigMapping;
import org.onevoice.support.outbox.OutboxSettings;

@ConfigMapping(prefix = "monitor.outbox")
public interface OutboxConfig extends OutboxSettings {
}
