package org.onevoice.ticket.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.onevoice.problem.ProblemException;
import org.onevoice.ticket.conversation.StatusChanges;
import org.onevoice.ticket.conversation.Ticket;
import org.onevoice.ticket.conversation.TicketEvents;
import org.onevoice.ticket.outbox.Outbox;
import org.onevoice.ticket.sla.SlaPolicy;
import org.onevoice.ticket.transaction.RunAgainOnLostConflict;

/**
 * Agents' changes to a ticket, guarded by its version: an agent who changes a ticket someone else
 * changed since they loaded it gets a conflict instead of silently overwriting that change.
 */
@ApplicationScoped
public class TicketWork {
    private static final String UNKNOWN_AGENT = "agent";

    private final EntityManager em;
    private final StatusChanges statusChanges;
    private final SlaPolicy sla;
    private final Outbox outbox;

    TicketWork(EntityManager em, StatusChanges statusChanges, SlaPolicy sla, Outbox outbox) {
        this.em = em;
        this.statusChanges = statusChanges;
        this.sla = sla;
        this.outbox = outbox;
    }

    @Transactional
    @RunAgainOnLostConflict
    public Ticket update(long id, Long expectedVersion, TicketPatch patch) {
        Ticket ticket = Ticket.lock(id).orElseThrow(() -> ProblemException.notFound("ticket " + id));
        ExpectedVersion.check(ticket, expectedVersion);
        Instant now = Instant.now();
        String by = agent(patch.by());
        if (changeWork(ticket, patch)) {
            outbox.append(TicketEvents.updated(ticket, now, by));
        }
        if (patch.status() != null) {
            statusChanges.change(ticket, patch.status(), now, by);
        }
        // The new version goes back to the client in this response.
        em.flush();
        return ticket;
    }

    private boolean changeWork(Ticket ticket, TicketPatch patch) {
        boolean changed = false;
        if (patch.assignee() != null && !Objects.equals(ticket.assignee, blankToNull(patch.assignee()))) {
            ticket.assignee = blankToNull(patch.assignee());
            changed = true;
        }
        if (patch.topic() != null && !Objects.equals(ticket.topic, blankToNull(patch.topic()))) {
            ticket.topic = blankToNull(patch.topic());
            changed = true;
        }
        if (patch.tags() != null) {
            List<String> tags = patch.tags().stream().map(t -> t.strip().toLowerCase(Locale.ROOT))
                    .filter(t -> !t.isEmpty()).distinct().sorted().toList();
            if (!tags.equals(ticket.tags)) {
                ticket.tags = new ArrayList<>(tags);
                changed = true;
            }
        }
        if (patch.priority() != null && patch.priority() != ticket.priority) {
            ticket.priority = patch.priority();
            sla.schedule(ticket);
            changed = true;
        }
        return changed;
    }

    static String agent(String by) {
        return by == null || by.isBlank() ? UNKNOWN_AGENT : by.strip();
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
