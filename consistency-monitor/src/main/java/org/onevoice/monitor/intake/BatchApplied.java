package org.onevoice.monitor.intake;

/**
 * A batch of events was committed: derived figures may have changed.
 *
 * @param family the contract interface of the events, e.g. {@code ContactEvent}
 * @param events how many were committed (redeliveries included, dead letters not)
 */
public record BatchApplied(String family, int events) {
}
