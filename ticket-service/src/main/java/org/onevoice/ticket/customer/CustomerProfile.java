package org.onevoice.ticket.customer;

import java.util.List;
import org.onevoice.ticket.inbox.TicketSummary;

/**
 * A customer across channels.
 *
 * @param mergedCustomers customers an agent merged into this one (undo with unmerge)
 * @param tickets         the customer's tickets on every channel, oldest first
 */
public record CustomerProfile(CustomerCard customer, List<Long> mergedCustomers, List<TicketSummary> tickets) {
}
