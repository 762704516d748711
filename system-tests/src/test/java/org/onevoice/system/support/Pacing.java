package org.onevoice.system.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/** A fixed rate for a load generator: item {@code i} is due {@code i / rate} seconds after the start. */
public final class Pacing {
    private final Instant start = Instant.now();
    private final double perSecond;

    public Pacing(double perSecond) {
        this.perSecond = perSecond;
    }

    /** Parks the calling sender until item {@code index} is due; rate control, not waiting for a result. */
    public void awaitTurn(long index) {
        Instant due = start.plusNanos((long) (index * 1_000_000_000L / perSecond));
        for (Duration left = Duration.between(Instant.now(), due); !left.isNegative() && !left.isZero();
             left = Duration.between(Instant.now(), due)) {
            LockSupport.parkNanos(left.toNanos());
        }
    }

    /** Backs off before asking again after a refusal or an unreachable service. */
    public static void backOff(Duration wait) {
        LockSupport.parkNanos(wait.toNanos());
    }
}
