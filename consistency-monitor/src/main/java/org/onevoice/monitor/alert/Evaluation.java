package org.onevoice.monitor.alert;

import java.time.Instant;

/**
 * The last completed round of alert evaluation on this instance.
 *
 * @param startedAt       wall-clock start; everything committed before it was taken into account
 * @param windowFrom      the evaluated window of receipt times, up to {@code newestEventTime}
 * @param contacts        contacts in the window
 */
public record Evaluation(Instant startedAt, Instant finishedAt, Instant windowFrom, Instant newestEventTime, int contacts) {
}
