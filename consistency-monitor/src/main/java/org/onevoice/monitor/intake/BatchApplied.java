package org.onevoice.monitor.intake;

/** A batch of events was committed: derived figures may have changed. */
public record BatchApplied(int events) {
}
