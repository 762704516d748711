package org.onevoice.ticket.work;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.onevoice.events.v1.TicketPriority;
import org.onevoice.events.v1.TicketStatus;

/**
 * A change to a ticket; null fields stay as they are.
 *
 * @param version  the version the agent saw; may instead come as If-Match
 * @param assignee the agent to assign; an empty string unassigns
 * @param tags     the complete new set of tags
 * @param topic    the new topic; an empty string clears it
 * @param by       who makes the change, for the ticket's history
 */
public record TicketPatch(
        Long version,
        TicketStatus status,
        @Size(max = 100) String assignee,
        TicketPriority priority,
        @Size(max = 20) List<@Size(min = 1, max = 50) String> tags,
        @Size(max = 100) String topic,
        @Size(max = 100) String by) {
}
