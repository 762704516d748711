package org.onevoice.monitor.contact;

/** Where a contact stands, as far as the monitor knows. */
public enum Outcome {
    /** An agent responded: the wait is observed. */
    ANSWERED,
    /** The caller hung up in the queue: the wait is censored at the time spent there. */
    ABANDONED,
    /** No response yet: the wait is censored at the end of observation. */
    OPEN
}
