package org.onevoice.events.v1;

import java.time.Instant;
import java.util.List;

/**
 * An agent changed how a ticket is worked on. Carries the values after the change, so a consumer
 * needs no earlier event to know the current state.
 *
 * @param assignee the agent working on it; null when unassigned
 */
public record TicketUpdated(
        String eventId,
        long ticketId,
        long customerId,
        Channel channel,
        Instant occurredAt,
        String assignee,
        TicketPriority priority,
        List<String> tags,
        String topic,
        String changedBy) implements TicketEvent {

    public static final String TYPE = "TicketUpdated";
    public static final String CLOUD_EVENT_TYPE = "org.onevoice.ticket.updated.v1";

    public TicketUpdated {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    @Override
    public String cloudEventType() {
        return CLOUD_EVENT_TYPE;
    }
}
