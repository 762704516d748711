package org.onevoice.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onevoice.topics.FastPath.Outcome;

class FastPathTest {

    @Test
    void theConfidenceThresholdIsTheLowestAtWhichTheAnswersAboveWereRightOftenEnough() {
        List<Outcome> outcomes = List.of(
                new Outcome(0.99f, true), new Outcome(0.95f, true), new Outcome(0.90f, true),
                new Outcome(0.80f, false), new Outcome(0.70f, true), new Outcome(0.60f, false));

        assertEquals(0.90f, FastPath.confidenceForPrecision(outcomes, 1.0));
        // top 5 are 4/5 = 0.8 right; top 6 only 4/6
        assertEquals(0.70f, FastPath.confidenceForPrecision(outcomes, 0.8));
        assertEquals(Float.POSITIVE_INFINITY, FastPath.confidenceForPrecision(List.of(new Outcome(0.9f, false)), 0.99),
                "never right: the fast path stays shut");
    }
}
