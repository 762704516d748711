package org.onevoice.ticket.inbox;

import java.time.Instant;
import java.util.List;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.Channel;
import org.onevoice.ticket.conversation.DeliveryState;
import org.onevoice.ticket.conversation.Message;
import org.onevoice.ticket.conversation.MessageDirection;
import org.onevoice.ticket.customer.CustomerCard;

/**
 * A ticket with its conversation, the customer's channels, the customer's other tickets (oldest
 * first) and the customer's latest messages on every channel and ticket.
 */
public record TicketDetail(TicketSummary ticket, CustomerCard customer, List<MessageView> messages,
                           List<TicketSummary> related, List<MessageView> timeline) {

    public record MessageView(long id, long ticketId, MessageDirection direction, Channel channel,
                              AgentReplied.Origin origin, String author, String subject, String body, Instant sentAt,
                              DeliveryState deliveryState, String deliveryFailure) {
        public static MessageView of(Message m) {
            return new MessageView(m.id, m.ticketId, m.direction, m.channel, m.origin, m.author, m.subject, m.body,
                    m.sentAt, m.deliveryState, m.deliveryFailure);
        }
    }
}
