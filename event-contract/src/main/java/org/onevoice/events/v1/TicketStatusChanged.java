package org.onevoice.events.v1;

import java.time.Instant;

/** A ticket moved in its lifecycle. */
public record TicketStatusChanged(
        String eventId,
        long ticketId,
        long customerId,
        Channel channel,
        Instant occurredAt,
        TicketStatus from,
        TicketStatus to,
        String changedBy) implements TicketEvent {

    public static final String TYPE = "TicketStatusChanged";
    public static final String CLOUD_EVENT_TYPE = "org.onevoice.ticket.status-changed.v1";

    @Override
    public String cloudEventType() {
        return CLOUD_EVENT_TYPE;
    }
}
