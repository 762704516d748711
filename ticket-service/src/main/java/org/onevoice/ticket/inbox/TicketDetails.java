package org.onevoice.ticket.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.onevoice.problem.ProblemException;
import org.onevoice.ticket.conversation.Message;
import org.onevoice.ticket.conversation.Ticket;
import org.onevoice.ticket.customer.Customer;
import org.onevoice.ticket.customer.CustomerCard;
import org.onevoice.ticket.customer.CustomerDirectory;

/** Puts together what an agent sees of a ticket. */
@ApplicationScoped
public class TicketDetails {
    /** Enough history to see what the customer asked before; older messages are on their tickets. */
    private static final int TIMELINE_LENGTH = 100;

    private final CustomerDirectory customers;

    TicketDetails(CustomerDirectory customers) {
        this.customers = customers;
    }

    @Transactional
    public TicketDetail of(long id) {
        Ticket ticket = Ticket.<Ticket>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("ticket " + id));
        Customer customer = customers.current(ticket.customerId);
        List<Long> group = customers.group(customer.id);
        List<Ticket> ofCustomer = customers.tickets(group);
        List<TicketSummary> related = ofCustomer.stream()
                .filter(t -> !t.id.equals(ticket.id))
                .map(t -> TicketSummary.of(t, customer))
                .toList();
        List<Long> ticketIds = ofCustomer.stream().map(t -> t.id).toList();
        return new TicketDetail(TicketSummary.of(ticket, customer),
                CustomerCard.of(customer, customers.identities(customer.id)),
                Message.ofTicket(id).stream().map(TicketDetail.MessageView::of).toList(),
                related,
                Message.latestOfTickets(ticketIds, TIMELINE_LENGTH).stream().map(TicketDetail.MessageView::of).toList());
    }

    @Transactional
    public TicketSummary summary(Ticket ticket) {
        return TicketSummary.of(ticket, customers.current(ticket.customerId));
    }
}
