package org.onevoice.monitor.contact;

import java.time.Duration;
import java.time.Instant;

/**
 * Waits in seconds, rounded to the millisecond: channel clocks are no finer, and PostgreSQL
 * rounds instants to microseconds, so finer digits would only be noise from the round trip.
 */
public final class Seconds {
    private Seconds() {
    }

    /** Seconds from {@code from} to {@code to}, never negative. */
    public static double between(Instant from, Instant to) {
        return Math.max(0, Math.round(Duration.between(from, to).toNanos() / 1e6) / 1000.0);
    }
}
