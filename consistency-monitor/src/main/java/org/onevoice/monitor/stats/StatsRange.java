package org.onevoice.monitor.stats;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Supplier;
import org.onevoice.problem.ProblemException;

/**
 * The closed range [from, to] of channel receipt times the statistics cover; an open end is
 * null. A rolling window ends at the newest event time the monitor has seen, not at the wall
 * clock, so replayed history gives the same figures as live traffic did.
 */
public record StatsRange(Instant from, Instant to) {
    public static final Map<String, Duration> WINDOWS = Map.of(
            "1h", Duration.ofHours(1),
            "24h", Duration.ofHours(24),
            "7d", Duration.ofDays(7));

    public static StatsRange parse(String from, String to, String window, Supplier<Instant> newestEventTime) {
        if (window != null && !window.isBlank()) {
            if (from != null || to != null) {
                throw ProblemException.badField("window", "give either window or from/to, not both");
            }
            Duration length = WINDOWS.get(window.strip());
            if (length == null) {
                throw ProblemException.badField("window", "must be one of 1h, 24h, 7d, was '" + window + "'");
            }
            Instant end = newestEventTime.get();
            return end == null ? new StatsRange(null, null) : new StatsRange(end.minus(length), end);
        }
        StatsRange range = new StatsRange(instant("from", from), instant("to", to));
        if (range.from() != null && range.to() != null && range.from().isAfter(range.to())) {
            throw ProblemException.badField("to", "must not be before from");
        }
        return range;
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeException e) {
            throw ProblemException.badField(name, "must be an ISO-8601 date-time with offset, e.g. 2026-03-03T10:00:00Z, was '" + value + "'");
        }
    }

    /** Where the waits of still open contacts are censored: the range's end, or now if that is earlier. */
    public Instant horizon(Instant now) {
        return to == null || now.isBefore(to) ? now : to;
    }
}
