package org.onevoice.ticket.live;

/**
 * Tells a console that a ticket changed; the console reloads what it shows of it.
 *
 * @param what the ticket event type, or {@code DeliveryReported}
 */
public record TicketChange(long ticketId, String what) {
}
