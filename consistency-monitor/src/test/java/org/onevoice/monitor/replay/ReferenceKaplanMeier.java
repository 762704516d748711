package org.onevoice.monitor.replay;

import java.math.BigInteger;
import java.util.List;
import java.util.TreeSet;

/**
 * The test's own product-limit estimate, written from the textbook definition and kept apart from
 * the monitor's: S(t) = ∏ over observed times u ≤ t of (1 − d(u) / n(u)), with n(u) the waits of at
 * least u (a wait censored at u is still at risk at u) and d(u) the observed waits of exactly u.
 * Quantile q is the smallest observed time with S ≤ 1 − q, or null when S never gets there. S is
 * kept as an exact fraction: with whole-second waits S often lands exactly on 1/2 or 1/10, where
 * floating-point rounding would decide the quantile.
 */
record ReferenceKaplanMeier(List<Wait> waits) {

    record Wait(long seconds, boolean observed) {
    }

    /** @param percent the quantile in percent: 50 for the median */
    Double quantile(int percent) {
        TreeSet<Long> observedTimes = new TreeSet<>();
        waits.stream().filter(Wait::observed).forEach(w -> observedTimes.add(w.seconds()));
        BigInteger survivors = BigInteger.ONE;
        BigInteger atRiskProduct = BigInteger.ONE;
        for (long t : observedTimes) {
            long atRisk = waits.stream().filter(w -> w.seconds() >= t).count();
            long ended = waits.stream().filter(w -> w.observed() && w.seconds() == t).count();
            survivors = survivors.multiply(BigInteger.valueOf(atRisk - ended));
            atRiskProduct = atRiskProduct.multiply(BigInteger.valueOf(atRisk));
            // S ≤ 1 − q  ⇔  survivors · 100 ≤ atRiskProduct · (100 − percent)
            if (survivors.multiply(BigInteger.valueOf(100)).compareTo(atRiskProduct.multiply(BigInteger.valueOf(100 - percent))) <= 0) {
                return (double) t;
            }
        }
        return null;
    }

    Double median() {
        return quantile(50);
    }
}
