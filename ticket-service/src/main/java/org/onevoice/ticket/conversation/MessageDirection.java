package org.onevoice.ticket.conversation;

public enum MessageDirection {
    /** From the customer. */
    INBOUND,
    /** From an agent to the customer. */
    OUTBOUND,
    /** Recorded for agents only, e.g. that a caller hung up in the queue. */
    NOTE
}
