package org.onevoice.ticket.inbox;

import java.time.Instant;
import java.util.List;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.ticket.conversation.DeliveryState;
import org.onevoice.ticket.conversation.Message;
import org.onevoice.ticket.conversation.MessageDirection;
import org.onevoice.ticket.customer.CustomerIdentityEntity;

/** A ticket with its conversation and the customer's identities on every channel. */
public record TicketDetail(TicketSummary ticket, CustomerView customer, List<MessageView> messages) {

    public record CustomerView(long id, String displayName, List<IdentityView> identities) {
    }

    public record IdentityView(IdentityKind kind, String value, String handle, String displayName) {
        static IdentityView of(CustomerIdentityEntity i) {
            return new IdentityView(i.kind, i.value, i.handle, i.displayName);
        }
    }

    public record MessageView(long id, MessageDirection direction, Channel channel, AgentReplied.Origin origin,
                              String author, String subject, String body, Instant sentAt, DeliveryState deliveryState) {
        public static MessageView of(Message m) {
            return new MessageView(m.id, m.direction, m.channel, m.origin, m.author, m.subject, m.body, m.sentAt, m.deliveryState);
        }
    }
}
