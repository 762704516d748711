package org.onevoice.local.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * When each contact is due, counted from the start of the load: open-loop, so the times are
 * fixed in advance and do not move when the server answers slowly. A fixed-rate run is one step;
 * a ramp is a series of steps of rising rate.
 */
public final class RateSchedule {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** {@code rate} contacts per second for {@code seconds}; contacts {@code firstIndex ..} belong to it. */
    public record Step(int number, int rate, int seconds, long firstIndex, long startNanos) {
        public long count() {
            return (long) rate * seconds;
        }

        long endNanos() {
            return startNanos + seconds * NANOS_PER_SECOND;
        }
    }

    private final List<Step> steps;

    private RateSchedule(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    public static RateSchedule fixed(int rate, int seconds) {
        return ramp(rate, 0, seconds, seconds);
    }

    /** Starts at {@code startRate}, adds {@code increment} every {@code stepSeconds}, for {@code totalSeconds} at most. */
    public static RateSchedule ramp(int startRate, int increment, int stepSeconds, int totalSeconds) {
        if (startRate < 1 || stepSeconds < 1 || totalSeconds < 1 || increment < 0) {
            throw new IllegalArgumentException("rates and durations must be positive");
        }
        List<Step> steps = new ArrayList<>();
        long first = 0;
        long start = 0;
        for (int elapsed = 0, n = 0; elapsed < totalSeconds; elapsed += stepSeconds, n++) {
            int seconds = Math.min(stepSeconds, totalSeconds - elapsed);
            Step step = new Step(n + 1, startRate + n * increment, seconds, first, start);
            steps.add(step);
            first += step.count();
            start = step.endNanos();
        }
        return new RateSchedule(steps);
    }

    public List<Step> steps() {
        return steps;
    }

    public long count() {
        Step last = steps.get(steps.size() - 1);
        return last.firstIndex() + last.count();
    }

    public Step stepOf(long index) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).firstIndex() <= index) {
                return steps.get(i);
            }
        }
        throw new IllegalArgumentException("negative index " + index);
    }

    /** Nanoseconds after the start of the load at which contact {@code index} is due. */
    public long dueNanos(long index) {
        Step step = stepOf(index);
        return step.startNanos() + (index - step.firstIndex()) * NANOS_PER_SECOND / step.rate();
    }

    /** How long the first {@code contacts} contacts take at the scheduled rates, in seconds. */
    public double secondsFor(long contacts) {
        return contacts == 0 ? 0 : dueNanos(contacts) / 1e9;
    }
}
