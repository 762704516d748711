package org.onevoice.ticket.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import org.onevoice.problem.ProblemException;
import org.onevoice.ticket.conversation.Ticket;
import org.onevoice.ticket.inbox.TicketSummary;
import org.onevoice.ticket.transaction.RunAgainOnLostConflict;

/**
 * What agents decide about who is who: linking an identity and merging customers. Nothing here
 * happens automatically; a merge keeps both customers and their identities, so it can be undone.
 */
@ApplicationScoped
@Transactional
@RunAgainOnLostConflict
public class CustomerLinks {
    private final CustomerDirectory directory;

    CustomerLinks(CustomerDirectory directory) {
        this.directory = directory;
    }

    public CustomerProfile profile(long id) {
        Customer customer = directory.current(existing(id).id);
        List<Long> group = directory.group(customer.id);
        List<TicketSummary> tickets = directory.tickets(group).stream().map(t -> TicketSummary.of(t, customer)).toList();
        return new CustomerProfile(CustomerCard.of(customer, directory.identities(customer.id)),
                group.stream().filter(c -> !c.equals(customer.id)).toList(), tickets);
    }

    /** Returns true when the identity was new, false when the customer already had it. */
    public boolean link(long id, IdentityRequest request) {
        Customer customer = directory.current(existing(id).id);
        String value = IdentityNormaliser.normalise(request.kind(), request.value());
        var known = CustomerIdentityEntity.find(request.kind(), value);
        if (known.isPresent()) {
            long owner = directory.current(known.get().customerId).id;
            if (owner != customer.id) {
                throw ProblemException.conflict(request.kind() + " " + value
                        + " belongs to customer " + owner + "; merge the customers if they are the same person");
            }
            return false;
        }
        CustomerIdentityEntity identity = new CustomerIdentityEntity();
        identity.customerId = customer.id;
        identity.kind = request.kind();
        identity.value = value;
        identity.handle = request.handle();
        identity.displayName = request.displayName();
        identity.persist();
        return true;
    }

    public void merge(long into, long from) {
        if (into == from) {
            throw ProblemException.badField("from", "a customer cannot be merged into itself");
        }
        Customer target = locked(into);
        Customer source = locked(from);
        if (target.mergedInto != null) {
            throw ProblemException.conflict(
                    "customer " + into + " was merged into customer " + target.mergedInto + "; merge into that one");
        }
        if (source.mergedInto != null) {
            throw ProblemException.conflict(
                    "customer " + from + " is already merged into customer " + source.mergedInto);
        }
        source.mergedInto = target.id;
    }

    public void unmerge(long into, long from) {
        Customer source = locked(from);
        locked(into);
        if (source.mergedInto == null || source.mergedInto != into) {
            throw ProblemException.conflict(
                    "customer " + from + " is not merged into customer " + into);
        }
        source.mergedInto = null;
    }

    private static Customer existing(long id) {
        return Customer.<Customer>findByIdOptional(id).filter(c -> c.erasedAt == null)
                .orElseThrow(() -> ProblemException.notFound("customer " + id));
    }

    /** Merges of the same customers wait for each other instead of crossing. */
    private static Customer locked(long id) {
        return Customer.<Customer>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(c -> c.erasedAt == null)
                .orElseThrow(() -> ProblemException.notFound("customer " + id));
    }
}
