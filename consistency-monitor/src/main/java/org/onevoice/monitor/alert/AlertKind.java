package org.onevoice.monitor.alert;

/** What an alert is about, as named in {@link org.onevoice.events.v1.AlertEvent#kind()}. */
public enum AlertKind {
    /** One channel answers a topic much more slowly than another. */
    RESPONSE_TIME_GAP,
    /** Agents on different channels state different facts about one topic. */
    ANSWER_DIVERGENCE,
    /** Customers left a channel unanswered or unresolved and asked the same topic on another. */
    CHANNEL_HOPPING
}
