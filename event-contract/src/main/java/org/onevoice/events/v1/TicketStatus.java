package org.onevoice.events.v1;

/** Lifecycle of a ticket. */
public enum TicketStatus {
    NEW, OPEN, PENDING, RESOLVED, CLOSED
}
