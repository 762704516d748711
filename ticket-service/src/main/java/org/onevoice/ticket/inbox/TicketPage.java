package org.onevoice.ticket.inbox;

import java.util.List;

/**
 * One page of the inbox.
 *
 * @param nextCursor pass as {@code after} to get the next page; null on the last page
 */
public record TicketPage(List<TicketSummary> items, String nextCursor) {
}
