package org.onevoice.events.v1;

import java.time.Instant;

/** A further customer message joined an existing ticket. */
public record CustomerMessageAdded(
        String eventId,
        long ticketId,
        long customerId,
        Channel channel,
        Instant occurredAt,
        long messageId,
        String sourceEventId) implements TicketEvent {

    public static final String TYPE = "CustomerMessageAdded";
    public static final String CLOUD_EVENT_TYPE = "org.onevoice.ticket.customer-message-added.v1";

    @Override
    public String cloudEventType() {
        return CLOUD_EVENT_TYPE;
    }
}
