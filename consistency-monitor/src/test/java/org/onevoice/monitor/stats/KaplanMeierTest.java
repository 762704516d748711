package org.onevoice.monitor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.onevoice.monitor.stats.KaplanMeier.Step;
import org.onevoice.monitor.stats.KaplanMeier.Wait;

/** The estimator against values computed by hand. */
class KaplanMeierTest {
    private static final double Z = 1.959963984540054;
    private static final double EPS = 1e-9;

    @Test
    void survivalStepsOverCensoredWaits() {
        // Calls: answered after 30, 90 and 120 s; abandoned after 45 and 200 s.
        KaplanMeier km = KaplanMeier.estimate(List.of(Wait.observed(90), Wait.censored(45), Wait.observed(30),
                Wait.censored(200), Wait.observed(120)));

        // t=30: 5 at risk, 1 answered. t=90: 3 at risk (45 left censored). t=120: 2 at risk.
        double s30 = 1 - 1.0 / 5;
        double s90 = s30 * (1 - 1.0 / 3);
        double s120 = s90 * (1 - 1.0 / 2);
        List<Step> steps = km.steps();
        assertEquals(3, steps.size());
        assertEquals(30, steps.get(0).time(), EPS);
        assertEquals(5, steps.get(0).atRisk());
        assertEquals(s30, steps.get(0).survival(), EPS);
        assertEquals(3, steps.get(1).atRisk());
        assertEquals(s90, steps.get(1).survival(), EPS);
        assertEquals(2, steps.get(2).atRisk());
        assertEquals(s120, steps.get(2).survival(), EPS);

        assertEquals(5, km.sampleSize());
        assertEquals(3, km.events());
        // S(90) = 0.533 > 0.5, S(120) = 0.267: the median is 120; S never reaches 0.1: no p90.
        assertEquals(120, km.median(), EPS);
        assertNull(km.quantile(0.9));
    }

    @Test
    void greenwoodLogLogIntervalOfTheMedian() {
        // Ten waits of 10, 20, ..., 100 s, none censored: S(10k) = 1 - k/10, median 50.
        KaplanMeier km = KaplanMeier.estimate(IntStream.rangeClosed(1, 10).mapToObj(k -> Wait.observed(10.0 * k)).toList());
        assertEquals(50, km.median(), EPS);
        assertEquals(90, km.quantile(0.9), EPS);

        // Greenwood's sum up to n at risk from 10 down to m is the telescoping sum 1/(m-1) - 1/10.
        // At t=10: S=0.9, sum=1/90; the lower limit S^exp(z·se) with se = sqrt(sum)/|ln S| is already below 0.5.
        double lowerAt10 = Math.pow(0.9, Math.exp(Z * Math.sqrt(1.0 / 90) / Math.abs(Math.log(0.9))));
        assertTrue(lowerAt10 < 0.5, "lower limit at 10 s: " + lowerAt10);
        // At t=70: S=0.3, sum=1/3-1/10; the upper limit S^exp(-z·se) is still above 0.5. At t=80: S=0.2, sum=1/2-1/10, below.
        double upperAt70 = Math.pow(0.3, Math.exp(-Z * Math.sqrt(1.0 / 3 - 1.0 / 10) / Math.abs(Math.log(0.3))));
        double upperAt80 = Math.pow(0.2, Math.exp(-Z * Math.sqrt(1.0 / 2 - 1.0 / 10) / Math.abs(Math.log(0.2))));
        assertTrue(upperAt70 > 0.5, "upper limit at 70 s: " + upperAt70);
        assertTrue(upperAt80 < 0.5, "upper limit at 80 s: " + upperAt80);
        assertEquals(lowerAt10, km.steps().get(0).lower95(), EPS);
        assertEquals(upperAt80, km.steps().get(7).upper95(), EPS);

        assertEquals(new Interval(10.0, 80.0), km.medianConfidence95());
    }

    @Test
    void noMedianWhileFewerThanHalfWereAnswered() {
        // One answered after 60 s, three still open at 100 s: S(60) = 3/4 and nothing after.
        KaplanMeier km = KaplanMeier.estimate(List.of(Wait.observed(60), Wait.censored(100), Wait.censored(100), Wait.censored(100)));
        assertNull(km.median());
        assertEquals(new Interval(60.0, null), km.medianConfidence95());
    }

    @Test
    void aCensoredWaitAtTheSameTimeAsAnAnswerIsStillAtRisk() {
        // At t=60: 2 at risk (the wait censored at 60 counts), 1 answered: S = 1/2, the median is 60.
        KaplanMeier km = KaplanMeier.estimate(List.of(Wait.observed(60), Wait.censored(60)));
        assertEquals(2, km.steps().get(0).atRisk());
        assertEquals(60, km.median(), EPS);
    }

    @Test
    void nothingToEstimateFromNoWaits() {
        KaplanMeier km = KaplanMeier.estimate(List.of());
        assertEquals(0, km.sampleSize());
        assertNull(km.median());
        assertEquals(new Interval(null, null), km.medianConfidence95());
    }
}
