package org.onevoice.monitor.stats;

/** A confidence interval in seconds; a bound is null when the data cannot give it. */
public record Interval(Double lower, Double upper) {
}
