package org.onevoice.ticket.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.onevoice.events.v1.TicketStatus;
import org.onevoice.problem.ProblemException;
import org.onevoice.ticket.outbox.Outbox;

/** Moves a ticket through its {@link Lifecycle} and publishes each move. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StatusChanges {
    private final Outbox outbox;

    StatusChanges(Outbox outbox) {
        this.outbox = outbox;
    }

    public void change(Ticket ticket, TicketStatus to, Instant at, String by) {
        TicketStatus from = ticket.status;
        if (from == to) {
            return;
        }
        if (!Lifecycle.allows(from, to)) {
            throw ProblemException.conflict(
                    "a " + from + " ticket cannot become " + to + "; allowed: " + Lifecycle.next(from));
        }
        ticket.status = to;
        if (Lifecycle.done(to)) {
            if (ticket.resolvedAt == null) {
                ticket.resolvedAt = at;
            }
        } else {
            ticket.resolvedAt = null;
        }
        ticket.touch(at);
        outbox.append(TicketEvents.statusChanged(ticket, from, at, by));
    }
}
