package org.onevoice.monitor.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Kaplan–Meier estimate of the survival function S(t) = P(wait > t) from waits of which some are
 * censored (the contact had no response yet, or the caller hung up): a censored wait only says
 * the true wait is longer. A wait censored at the same time as an observed one still counts as
 * at risk at that time, as is conventional.
 *
 * <p>Quantile q is the smallest observed time t with S(t) ≤ 1 − q. The 95 % interval of the
 * median follows Brookmeyer and Crowley: the times whose pointwise interval of S contains 0.5,
 * with the pointwise interval from Greenwood's variance on the log(−log S) scale (which keeps it
 * inside [0, 1]). Its lower bound is the first time the lower pointwise limit reaches 0.5 (S may
 * already be that low), its upper bound the first time the upper limit does (S must be that low
 * by then); either is null when that never happens.
 * Once S reaches 0 both pointwise limits are 0.
 */
public final class KaplanMeier {
    private static final double Z_95 = 1.959963984540054;

    private final int sampleSize;
    private final int events;
    private final List<Step> steps;

    /** One distinct observed time: those at risk just before it, those whose wait ended there, S after it. */
    public record Step(double time, int atRisk, int events, double survival, double lower95, double upper95) {
    }

    /** A wait in seconds; {@code observed} false when it is censored. */
    public record Wait(double seconds, boolean observed) {
        public static Wait observed(double seconds) {
            return new Wait(seconds, true);
        }

        public static Wait censored(double seconds) {
            return new Wait(seconds, false);
        }
    }

    private KaplanMeier(int sampleSize, int events, List<Step> steps) {
        this.sampleSize = sampleSize;
        this.events = events;
        this.steps = steps;
    }

    public static KaplanMeier estimate(List<Wait> waits) {
        List<Wait> sorted = new ArrayList<>(waits);
        sorted.sort(Comparator.comparingDouble(Wait::seconds));
        List<Step> steps = new ArrayList<>();
        int atRisk = sorted.size();
        int totalEvents = 0;
        double survival = 1.0;
        double greenwood = 0.0;
        int i = 0;
        while (i < sorted.size()) {
            double time = sorted.get(i).seconds();
            int died = 0;
            int leaving = 0;
            while (i < sorted.size() && sorted.get(i).seconds() == time) {
                if (sorted.get(i).observed()) {
                    died++;
                }
                leaving++;
                i++;
            }
            if (died > 0) {
                survival *= 1.0 - (double) died / atRisk;
                greenwood += died < atRisk ? (double) died / ((double) atRisk * (atRisk - died)) : Double.POSITIVE_INFINITY;
                steps.add(step(time, atRisk, died, survival, greenwood));
                totalEvents += died;
            }
            atRisk -= leaving;
        }
        return new KaplanMeier(sorted.size(), totalEvents, List.copyOf(steps));
    }

    private static Step step(double time, int atRisk, int died, double survival, double greenwood) {
        if (survival <= 0.0) {
            return new Step(time, atRisk, died, 0.0, 0.0, 0.0);
        }
        double logS = Math.log(survival);
        double se = Math.sqrt(greenwood) / Math.abs(logS);
        return new Step(time, atRisk, died, survival,
                Math.pow(survival, Math.exp(Z_95 * se)),
                Math.pow(survival, Math.exp(-Z_95 * se)));
    }

    public int sampleSize() {
        return sampleSize;
    }

    public int events() {
        return events;
    }

    public List<Step> steps() {
        return steps;
    }

    /** The smallest time at which S has fallen to 1 − q or below; null when it never does. */
    public Double quantile(double q) {
        double target = 1.0 - q;
        return steps.stream().filter(s -> s.survival() <= target + 1e-12).map(Step::time).findFirst().orElse(null);
    }

    public Double median() {
        return quantile(0.5);
    }

    public Interval medianConfidence95() {
        Double lower = steps.stream().filter(s -> s.lower95() <= 0.5 + 1e-12).map(Step::time).findFirst().orElse(null);
        Double upper = steps.stream().filter(s -> s.upper95() <= 0.5 + 1e-12).map(Step::time).findFirst().orElse(null);
        return new Interval(lower, upper);
    }
}
