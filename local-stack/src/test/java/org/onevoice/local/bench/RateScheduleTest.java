package org.onevoice.local.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RateScheduleTest {

    @Test
    void fixedRateSpacesContactsEvenly() {
        RateSchedule schedule = RateSchedule.fixed(200, 30);
        assertEquals(6000, schedule.count());
        assertEquals(0, schedule.dueNanos(0));
        assertEquals(5_000_000, schedule.dueNanos(1));
        assertEquals(29_995_000_000L, schedule.dueNanos(5999));
        assertEquals(30.0, schedule.secondsFor(6000));
        assertEquals(1.0, schedule.secondsFor(200));
    }

    @Test
    void rampStepsUpEveryStepAndStopsAtTheDuration() {
        RateSchedule ramp = RateSchedule.ramp(250, 250, 10, 25);
        assertEquals(3, ramp.steps().size());
        assertEquals(250, ramp.steps().get(0).rate());
        assertEquals(500, ramp.steps().get(1).rate());
        assertEquals(750, ramp.steps().get(2).rate());
        assertEquals(5, ramp.steps().get(2).seconds(), "the last step is cut at the duration");
        assertEquals(2500 + 5000 + 3750, ramp.count());
        assertEquals(10_000_000_000L, ramp.dueNanos(2500), "the second step starts at 10 s");
        assertEquals(10_002_000_000L, ramp.dueNanos(2501), "at 500/s contacts are 2 ms apart");
        assertEquals(2, ramp.stepOf(2500).number());
        assertEquals(25.0, ramp.secondsFor(ramp.count()));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RateSchedule.fixed(0, 10));
        assertThrows(IllegalArgumentException.class, () -> RateSchedule.ramp(100, -5, 10, 60));
    }
}
