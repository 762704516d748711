package org.onevoice.events.v1;

import java.time.Instant;

/**
 * A contact started a new ticket.
 *
 * @param occurredAt    the channel timestamp of the first contact: response times count from here
 * @param sourceEventId the {@link ContactEvent#eventId()} that opened it
 */
public record TicketOpened(
        String eventId,
        long ticketId,
        long customerId,
        Channel channel,
        Instant occurredAt,
        String sourceEventId,
        String subject,
        String topic) implements TicketEvent {

    public static final String TYPE = "TicketOpened";
    public static final String CLOUD_EVENT_TYPE = "org.onevoice.ticket.opened.v1";

    @Override
    public String cloudEventType() {
        return CLOUD_EVENT_TYPE;
    }
}
