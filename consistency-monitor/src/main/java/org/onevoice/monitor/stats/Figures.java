package org.onevoice.monitor.stats;

import java.time.Instant;
import java.util.List;
import org.onevoice.monitor.stats.KaplanMeier.Wait;

/**
 * Response figures of a set of contacts. {@code contacts} is the Kaplan–Meier sample size and
 * {@code answered} the number of observed waits in it; the others are censored. {@code hopOuts}
 * counts contacts after which the customer asked the same topic on another channel, unanswered
 * or unresolved; {@code hopOutRate} is their share of {@code contacts}.
 */
public record Figures(
        int contacts,
        int answered,
        int unanswered,
        int abandoned,
        Double medianFirstResponseSeconds,
        Double p90FirstResponseSeconds,
        Interval medianCi95,
        Double resolutionMedianSeconds,
        int repeatContacts,
        int hopOuts,
        Double hopOutRate) {

    /** Figures with still open contacts censored at {@code horizon}. */
    public static Figures of(List<ContactRow> rows, Instant horizon) {
        KaplanMeier firstResponse = KaplanMeier.estimate(rows.stream().map(r -> r.firstResponseWait(horizon)).toList());
        List<Wait> resolutions = rows.stream().filter(ContactRow::hasTicket).map(r -> r.resolutionTime(horizon)).toList();
        int answered = (int) rows.stream().filter(ContactRow::answered).count();
        int hopOuts = (int) rows.stream().filter(ContactRow::hoppedOut).count();
        return new Figures(
                rows.size(),
                answered,
                rows.size() - answered,
                (int) rows.stream().filter(ContactRow::abandoned).count(),
                firstResponse.median(),
                firstResponse.quantile(0.9),
                firstResponse.medianConfidence95(),
                resolutions.isEmpty() ? null : KaplanMeier.estimate(resolutions).median(),
                (int) rows.stream().filter(ContactRow::repeat).count(),
                hopOuts,
                rows.isEmpty() ? null : (double) hopOuts / rows.size());
    }
}
