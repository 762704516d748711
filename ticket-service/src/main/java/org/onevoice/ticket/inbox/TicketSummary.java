package org.onevoice.ticket.inbox;

import java.time.Instant;
import java.util.List;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.TicketPriority;
import org.onevoice.events.v1.TicketStatus;
import org.onevoice.ticket.conversation.Ticket;
import org.onevoice.ticket.customer.Customer;

/**
 * A ticket as the inbox lists it.
 *
 * @param customerId the customer as it is now, after merges
 * @param mergedInto the ticket this one was merged into, where its conversation continues; null if not merged
 * @param version    send it back (as If-Match or {@code version}) to change the ticket
 */
public record TicketSummary(
        long id,
        String tag,
        Channel channel,
        TicketStatus status,
        TicketPriority priority,
        String assignee,
        List<String> tags,
        String subject,
        String topic,
        long customerId,
        String customerName,
        Instant openedAt,
        Instant firstResponseAt,
        Instant lastActivityAt,
        Instant resolvedAt,
        Instant firstResponseDueAt,
        Instant resolutionDueAt,
        boolean slaBreached,
        Long mergedInto,
        long version) {

    public static TicketSummary of(Ticket t, Customer customer) {
        return new TicketSummary(t.id, t.tag(), t.channel, t.status, t.priority, t.assignee, List.copyOf(t.tags),
                t.subject, t.topic, customer.id, customer.displayName, t.openedAt, t.firstResponseAt, t.lastActivityAt,
                t.resolvedAt, t.firstResponseDueAt, t.resolutionDueAt, t.slaBreached(Instant.now()), t.mergedInto, t.version);
    }
}
