package org.onevoice.monitor.stats;

import java.time.Instant;
import java.util.List;

/** Response of {@code GET /api/channels/stats}. */
public record ChannelStats(Instant from, Instant to, String topic, List<ChannelFigures> channels) {
}
