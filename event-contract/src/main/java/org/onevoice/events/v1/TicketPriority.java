package org.onevoice.events.v1;

/** How urgently a ticket needs work; it scales the ticket's SLA targets. */
public enum TicketPriority {
    LOW, NORMAL, HIGH, URGENT
}
