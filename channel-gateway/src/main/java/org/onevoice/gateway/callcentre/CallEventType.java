package org.onevoice.gateway.callcentre;

/** What happened to a call, as the call-centre platform reports it. */
public enum CallEventType {
    /** The caller entered a queue. */
    QUEUED,
    /** An agent picked up. */
    ANSWERED,
    /** The caller hung up while still waiting. */
    ABANDONED,
    /** The call ended after an agent served it. */
    ENDED,
    /** The agent noted question, answer and topic after the call. */
    WRAP_UP
}
