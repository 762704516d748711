package org.onevoice.monitor.stats;

import java.time.Instant;
import java.util.List;

/** Response of {@code GET /api/topics/stats}. */
public record TopicStats(Instant from, Instant to, List<TopicFigures> topics) {
}
