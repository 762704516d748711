package org.onevoice.ticket.inbox;

import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.TicketStatus;

/**
 * What the inbox shows; null fields do not filter.
 *
 * @param slaBreached true: only tickets that missed a due time; false: only those that did not
 * @param q           words to find in the ticket's messages, in Dutch or English
 */
public record InboxFilter(Channel channel, TicketStatus status, String assignee, String topic, Boolean slaBreached,
                          String q) {
}
