package org.onevoice.monitor.alert;

import java.time.Instant;
import java.util.List;
import org.onevoice.monitor.stats.ContactRow;
import org.onevoice.monitor.stats.StatsRange;

/**
 * What one evaluation round looks at: the contacts received in {@code range}, which ends at the
 * newest event time, with open ones censored at {@code horizon}.
 */
public record EvaluationWindow(StatsRange range, List<ContactRow> contacts, Instant horizon) {
}
