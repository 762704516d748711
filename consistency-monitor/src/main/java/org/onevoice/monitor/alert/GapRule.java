package org.onevoice.monitor.alert;

import java.util.Optional;
import org.onevoice.events.v1.Channel;
import org.onevoice.monitor.stats.ChannelFigures;
import org.onevoice.monitor.stats.Figures;

/**
 * When two channels' first-response times differ enough to alert. A gap opens when both channels
 * have at least {@code minSamples} contacts, the slower median is at least {@code ratio} times
 * the faster one, and the 95 % intervals of the two medians do not overlap (the slower's lower
 * bound above the faster's upper bound), so chance alone is an unlikely cause. An open gap
 * resolves only when the ratio falls below {@code ratio × resolveFraction}; in between it stays
 * as it is. A faster median under {@code medianFloorSeconds} counts as that floor: against a call
 * answered at once, a tweet answered after a minute would otherwise be "60× slower", a ratio that
 * only says the faster channel is near zero, and a gap of seconds no one would act on.
 */
public final class GapRule {
    private final double ratio;
    private final double resolveRatio;
    private final int minSamples;
    private final double medianFloorSeconds;

    public GapRule(double ratio, double resolveFraction, int minSamples, double medianFloorSeconds) {
        this.ratio = ratio;
        this.resolveRatio = ratio * resolveFraction;
        this.minSamples = minSamples;
        this.medianFloorSeconds = medianFloorSeconds;
    }

    public static GapRule from(AlertConfig config) {
        return new GapRule(config.ratio(), config.resolveFraction(), config.minSamples(), config.medianFloor().toMillis() / 1000.0);
    }

    /** Two channels' medians side by side, the slower first; empty when either median is not estimable. */
    public record Comparison(ChannelFigures slower, ChannelFigures faster, double ratio) {
        public Channel slowerChannel() {
            return slower.channel();
        }

        public Channel fasterChannel() {
            return faster.channel();
        }
    }

    public Optional<Comparison> compare(ChannelFigures a, ChannelFigures b) {
        Double medianA = a.figures().medianFirstResponseSeconds();
        Double medianB = b.figures().medianFirstResponseSeconds();
        if (medianA == null || medianB == null) {
            return Optional.empty();
        }
        ChannelFigures slower = medianA >= medianB ? a : b;
        ChannelFigures faster = slower == a ? b : a;
        double ratioNow = slower.figures().medianFirstResponseSeconds() / Math.max(medianFloorSeconds, faster.figures().medianFirstResponseSeconds());
        return Optional.of(new Comparison(slower, faster, ratioNow));
    }

    public boolean opens(Comparison c) {
        return enoughSamples(c.slower().figures()) && enoughSamples(c.faster().figures())
                && c.ratio() >= ratio
                && intervalsApart(c.slower().figures(), c.faster().figures());
    }

    public boolean resolves(Comparison c) {
        return c.ratio() < resolveRatio;
    }

    private boolean enoughSamples(Figures figures) {
        return figures.contacts() >= minSamples;
    }

    private static boolean intervalsApart(Figures slower, Figures faster) {
        Double slowerLower = slower.medianCi95().lower();
        Double fasterUpper = faster.medianCi95().upper();
        return slowerLower != null && fasterUpper != null && slowerLower > fasterUpper;
    }
}
