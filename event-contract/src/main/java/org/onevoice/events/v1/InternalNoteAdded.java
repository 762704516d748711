package org.onevoice.events.v1;

import java.time.Instant;

/**
 * An agent wrote an internal note on a ticket. The note's text stays in the ticket service: it is
 * for agents, not for the customer or other services.
 */
public record InternalNoteAdded(
        String eventId,
        long ticketId,
        long customerId,
        Channel channel,
        Instant occurredAt,
        long noteId,
        String author) implements TicketEvent {

    public static final String TYPE = "InternalNoteAdded";
    public static final String CLOUD_EVENT_TYPE = "org.onevoice.ticket.note-added.v1";

    @Override
    public String cloudEventType() {
        return CLOUD_EVENT_TYPE;
    }
}
