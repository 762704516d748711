package org.onevoice.local.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void nearestRankPercentilesOfOneToHundred() {
        double[] values = IntStream.rangeClosed(1, 100).mapToDouble(i -> 101 - i).toArray();
        LatencySummary summary = LatencySummary.of(values);
        assertEquals(100, summary.count());
        assertEquals(50, summary.p50());
        assertEquals(95, summary.p95());
        assertEquals(99, summary.p99());
        assertEquals(100, summary.max());
        assertEquals(100, values[0], "the input is left as it was");
    }

    @Test
    void fewValuesTakeTheNextRankUp() {
        LatencySummary summary = LatencySummary.of(new double[] {7, 3, 12});
        assertEquals(7, summary.p50());
        assertEquals(12, summary.p95());
        assertEquals(12, summary.p99());
        assertEquals(3, LatencySummary.of(new double[] {3}).p50());
    }

    @Test
    void noValuesIsNotAZeroLatency() {
        LatencySummary none = LatencySummary.of(new double[0]);
        assertFalse(none.present());
        assertEquals(Double.NaN, none.p99());
    }
}
