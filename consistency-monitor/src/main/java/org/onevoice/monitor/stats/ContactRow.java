package org.onevoice.monitor.stats;

import java.time.Instant;
import org.onevoice.events.v1.Channel;
import org.onevoice.monitor.contact.Seconds;
import org.onevoice.monitor.stats.KaplanMeier.Wait;

/**
 * A contact as the statistics see it.
 *
 * @param waitSeconds the observed wait when it was answered (a call's reported queue wait, else the time to the first response)
 * @param hasTicket   whether a ticket exists for it, the condition for a resolution time
 * @param repeat      whether the same customer had contacted the company shortly before
 * @param hoppedTo    the other channel the customer asked the same topic on next while this contact was
 *                    not yet answered and resolved; null when they did not hop
 */
public record ContactRow(
        Channel channel,
        String topic,
        Instant receivedAt,
        Instant firstResponseAt,
        Double waitSeconds,
        Instant abandonedAt,
        Double abandonedWaitSeconds,
        boolean hasTicket,
        Instant resolvedAt,
        boolean repeat,
        Channel hoppedTo) {

    public boolean hoppedOut() {
        return hoppedTo != null;
    }

    public boolean answered() {
        return firstResponseAt != null;
    }

    public boolean abandoned() {
        return !answered() && abandonedAt != null;
    }

    /**
     * The wait to the first response, censored at the queue time when abandoned and, while still
     * open, at {@code horizon}. The range selects contacts by receipt; a response known to have
     * come after its end still counts as observed.
     */
    public Wait firstResponseWait(Instant horizon) {
        if (answered()) {
            return Wait.observed(waitSeconds);
        }
        if (abandoned()) {
            return Wait.censored(abandonedWaitSeconds);
        }
        return Wait.censored(secondsUntil(horizon));
    }

    public Wait resolutionTime(Instant horizon) {
        if (resolvedAt != null) {
            return Wait.observed(secondsUntil(resolvedAt));
        }
        return Wait.censored(secondsUntil(horizon));
    }

    private double secondsUntil(Instant end) {
        return Seconds.between(receivedAt, end);
    }
}
