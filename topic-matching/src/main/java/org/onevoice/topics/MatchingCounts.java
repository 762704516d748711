package org.onevoice.topics;

/** Running totals of a catalogue, for metrics. */
public record MatchingCounts(long assigned, long settledByText, long emerging) {
}
