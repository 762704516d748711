package org.onevoice.monitor.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.onevoice.events.v1.Channel;
import org.onevoice.monitor.stats.ChannelFigures;
import org.onevoice.monitor.stats.Figures;
import org.onevoice.monitor.stats.Interval;

/** When a difference between two channels' medians is an alert, and when it is over. */
class GapRuleTest {
    private final GapRule rule = new GapRule(3.0, 0.8, 20, 30.0);

    private static ChannelFigures figures(Channel channel, int contacts, double median, double lower, double upper) {
        return new ChannelFigures(channel, new Figures(contacts, contacts, 0, 0, median, null, new Interval(lower, upper), null, 0, 0, null));
    }

    @Test
    void opensWhenBothHaveEnoughContactsTheRatioIsReachedAndTheIntervalsAreApart() {
        var comparison = rule.compare(figures(Channel.CALL_CENTRE, 20, 120, 90, 150), figures(Channel.X, 20, 600, 500, 700)).orElseThrow();
        assertEquals(Channel.X, comparison.slowerChannel());
        assertEquals(5.0, comparison.ratio(), 1e-9);
        assertTrue(rule.opens(comparison));
    }

    @Test
    void staysQuietWithTooFewContactsOnEitherSide() {
        var comparison = rule.compare(figures(Channel.CALL_CENTRE, 19, 120, 90, 150), figures(Channel.X, 200, 600, 500, 700)).orElseThrow();
        assertFalse(rule.opens(comparison));
    }

    @Test
    void staysQuietBelowTheRatio() {
        var comparison = rule.compare(figures(Channel.CALL_CENTRE, 20, 200, 190, 210), figures(Channel.X, 20, 590, 580, 600)).orElseThrow();
        assertEquals(2.95, comparison.ratio(), 1e-9);
        assertFalse(rule.opens(comparison));
    }

    @Test
    void staysQuietWhenTheIntervalsOverlapOrAreUnbounded() {
        var overlapping = rule.compare(figures(Channel.CALL_CENTRE, 20, 120, 60, 400), figures(Channel.X, 20, 600, 300, 900)).orElseThrow();
        assertFalse(rule.opens(overlapping));
        var unbounded = rule.compare(figures(Channel.CALL_CENTRE, 20, 120, 60, 150),
                new ChannelFigures(Channel.X, new Figures(20, 12, 8, 0, 600.0, null, new Interval(null, null), null, 0, 0, null))).orElseThrow();
        assertFalse(rule.opens(unbounded));
    }

    @Test
    void resolvesOnlyBelowEightyPercentOfTheRatio() {
        var between = rule.compare(figures(Channel.CALL_CENTRE, 20, 120, 90, 150), figures(Channel.X, 40, 300, 290, 310)).orElseThrow();
        assertEquals(2.5, between.ratio(), 1e-9);
        assertFalse(rule.opens(between));
        assertFalse(rule.resolves(between));
        var below = rule.compare(figures(Channel.CALL_CENTRE, 20, 120, 90, 150), figures(Channel.X, 80, 240, 230, 250)).orElseThrow();
        assertTrue(rule.resolves(below));
    }

    @Test
    void aFasterMedianUnderTheFloorCountsAsTheFloor() {
        var seconds = rule.compare(figures(Channel.CALL_CENTRE, 20, 0, 0, 0), figures(Channel.X, 20, 80, 70, 90)).orElseThrow();
        assertEquals(80.0 / 30.0, seconds.ratio(), 1e-9);
        assertFalse(rule.opens(seconds));
        var minutes = rule.compare(figures(Channel.CALL_CENTRE, 20, 10, 5, 15), figures(Channel.X, 20, 659, 500, 800)).orElseThrow();
        assertEquals(659.0 / 30.0, minutes.ratio(), 1e-9);
        assertTrue(rule.opens(minutes));
    }

    @Test
    void nothingToCompareWithoutBothMedians() {
        assertTrue(rule.compare(figures(Channel.CALL_CENTRE, 20, 120, 90, 150),
                new ChannelFigures(Channel.X, new Figures(20, 3, 17, 0, null, null, new Interval(100.0, null), null, 0, 0, null))).isEmpty());
    }
}
