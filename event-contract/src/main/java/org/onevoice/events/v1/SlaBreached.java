package org.onevoice.events.v1;

import java.time.Instant;

/**
 * A ticket missed one of its service-level targets. Published once per ticket and target.
 *
 * @param occurredAt when the target was missed (its due time)
 */
public record SlaBreached(
        String eventId,
        long ticketId,
        long customerId,
        Channel channel,
        Instant occurredAt,
        Target target,
        TicketPriority priority) implements TicketEvent {

    public static final String TYPE = "SlaBreached";
    public static final String CLOUD_EVENT_TYPE = "org.onevoice.ticket.sla-breached.v1";

    public enum Target {
        FIRST_RESPONSE, RESOLUTION
    }

    @Override
    public String cloudEventType() {
        return CLOUD_EVENT_TYPE;
    }
}
