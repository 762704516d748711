package org.onevoice.local.bench;

import java.util.Arrays;

/** Percentiles of a set of durations in milliseconds, by the nearest-rank method. */
public record LatencySummary(int count, double p50, double p95, double p99, double max) {

    public static LatencySummary of(double[] millis) {
        if (millis.length == 0) {
            return new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new LatencySummary(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1]);
    }

    /** The smallest value that at least {@code percent} % of the values do not exceed. */
    static double rank(double[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public boolean present() {
        return count > 0;
    }
}
