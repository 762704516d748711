package org.onevoice.ticket.inbox;

import java.time.Instant;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.TicketStatus;
import org.onevoice.ticket.conversation.Ticket;

/** A ticket as the inbox lists it. */
public record TicketSummary(
        long id,
        String tag,
        Channel channel,
        TicketStatus status,
        String subject,
        String topic,
        long customerId,
        String customerName,
        Instant openedAt,
        Instant firstResponseAt,
        Instant lastActivityAt,
        long version) {

    static TicketSummary of(Ticket t, String customerName) {
        return new TicketSummary(t.id, t.tag(), t.channel, t.status, t.subject, t.topic, t.customerId, customerName,
                t.openedAt, t.firstResponseAt, t.lastActivityAt, t.version);
    }
}
