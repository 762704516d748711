package org.onevoice.ticket.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.TreeSet;
import org.onevoice.events.v1.TicketStatus;
import org.onevoice.problem.ProblemException;
import org.onevoice.ticket.conversation.Message;
import org.onevoice.ticket.conversation.StatusChanges;
import org.onevoice.ticket.conversation.ThreadRefs;
import org.onevoice.ticket.conversation.Ticket;
import org.onevoice.ticket.conversation.TicketEvents;
import org.onevoice.ticket.customer.CustomerDirectory;
import org.onevoice.ticket.outbox.Outbox;
import org.onevoice.ticket.transaction.RunAgainOnLostConflict;

/**
 * Folds a duplicate ticket into another one of the same customer: one conversation, and replies to
 * the duplicate's thread land on the target from then on. The duplicate is closed, not deleted, so
 * its events and response times stay as they were measured.
 */
@ApplicationScoped
public class TicketMerge {
    private final EntityManager em;
    private final CustomerDirectory customers;
    private final ThreadRefs threadRefs;
    private final StatusChanges statusChanges;
    private final Outbox outbox;

    TicketMerge(EntityManager em, CustomerDirectory customers, ThreadRefs threadRefs, StatusChanges statusChanges,
                Outbox outbox) {
        this.em = em;
        this.customers = customers;
        this.threadRefs = threadRefs;
        this.statusChanges = statusChanges;
        this.outbox = outbox;
    }

    @Transactional
    @RunAgainOnLostConflict
    public void merge(long into, long from, Long expectedVersion, String by) {
        if (into == from) {
            throw ProblemException.badField("from", "a ticket cannot be merged into itself");
        }
        // Always lock the lower id first, so two agents merging the same pair wait instead of deadlocking.
        Ticket first = locked(Math.min(into, from));
        Ticket second = locked(Math.max(into, from));
        Ticket target = first.id == into ? first : second;
        Ticket source = first.id == into ? second : first;
        ExpectedVersion.check(target, expectedVersion);
        refuseUnlessMergeable(target, source);

        Instant now = Instant.now();
        String agent = TicketWork.agent(by);
        Message.moveAll(source.id, target.id);
        threadRefs.moveAll(source.id, target.id);
        foldInto(target, source, now, agent);
        source.mergedInto = target.id;
        outbox.append(TicketEvents.noteAdded(target,
                Message.note(target, agent, source.tag() + " was merged into this ticket by " + agent, now)));
        outbox.append(TicketEvents.noteAdded(source,
                Message.note(source, agent, "Merged into " + target.tag() + " by " + agent, now)));
        statusChanges.change(source, TicketStatus.CLOSED, now, agent);
        // The target's conversation changed even if none of its own fields did: a stale copy must not win.
        em.lock(target, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    private void refuseUnlessMergeable(Ticket target, Ticket source) {
        if (source.mergedInto != null) {
            throw ProblemException.conflict(source.tag() + " is already merged into " + Ticket.TAG_PREFIX + source.mergedInto);
        }
        if (source.status == TicketStatus.CLOSED) {
            throw ProblemException.conflict(source.tag() + " is closed; a closed conversation stays as it is");
        }
        if (target.mergedInto != null) {
            throw ProblemException.conflict(target.tag() + " was merged into " + Ticket.TAG_PREFIX + target.mergedInto + "; merge into that one");
        }
        if (target.status == TicketStatus.CLOSED) {
            throw ProblemException.conflict(target.tag() + " is closed; merge into a ticket that is still open");
        }
        long targetCustomer = customers.current(target.customerId).id;
        long sourceCustomer = customers.current(source.customerId).id;
        if (targetCustomer != sourceCustomer) {
            throw ProblemException.conflict(target.tag() + " belongs to customer " + targetCustomer + " and " + source.tag()
                    + " to customer " + sourceCustomer + "; tickets of different people are never merged "
                    + "(merge the customers first if they are the same person)");
        }
    }

    /** The target keeps its own opening and due times; it gains what agents gave the duplicate. */
    private void foldInto(Ticket target, Ticket source, Instant now, String agent) {
        // An answer given before the target was opened did not answer the target's question.
        if (source.firstResponseAt != null && !source.firstResponseAt.isBefore(target.openedAt)) {
            target.answeredAt(source.firstResponseAt);
        }
        target.touch(source.lastActivityAt);
        TreeSet<String> tags = new TreeSet<>(target.tags);
        tags.addAll(source.tags);
        boolean changed = tags.size() != target.tags.size();
        if (changed) {
            target.tags = new ArrayList<>(tags);
        }
        if (target.topic == null && source.topic != null) {
            target.topic = source.topic;
            changed = true;
        }
        if (target.assignee == null && source.assignee != null) {
            target.assignee = source.assignee;
            changed = true;
        }
        if (changed) {
            outbox.append(TicketEvents.updated(target, now, agent));
        }
    }

    private static Ticket locked(long id) {
        return Ticket.lock(id).orElseThrow(() -> ProblemException.notFound("ticket " + id));
    }
}
