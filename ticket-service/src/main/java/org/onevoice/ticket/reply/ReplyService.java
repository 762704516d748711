package org.onevoice.ticket.reply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.TicketStatus;
import org.onevoice.problem.ProblemException;
import org.onevoice.ticket.conversation.DeliveryState;
import org.onevoice.ticket.conversation.Message;
import org.onevoice.ticket.conversation.MessageDirection;
import org.onevoice.ticket.conversation.StatusChanges;
import org.onevoice.ticket.conversation.Ticket;
import org.onevoice.ticket.conversation.TicketEvents;
import org.onevoice.ticket.customer.CustomerDirectory;
import org.onevoice.ticket.outbox.Outbox;
import org.onevoice.ticket.transaction.RunAgainOnLostConflict;

/**
 * Records an agent's answer and, in the same transaction, the event that tells the gateway to
 * deliver it. Either both are committed or neither: the answer cannot be stored but never sent.
 */
@ApplicationScoped
public class ReplyService {
    private final CustomerDirectory customers;
    private final Outbox outbox;
    private final StatusChanges statusChanges;

    ReplyService(CustomerDirectory customers, Outbox outbox, StatusChanges statusChanges) {
        this.customers = customers;
        this.outbox = outbox;
        this.statusChanges = statusChanges;
    }

    /**
     * @param idempotencyKey the client's key for this request, or null; a request repeated with the
     *                       same key returns the reply stored the first time and sends nothing more
     */
    @Transactional
    @RunAgainOnLostConflict
    public StoredReply reply(long ticketId, ReplyRequest request, String idempotencyKey) {
        Ticket ticket = Ticket.lock(ticketId).orElseThrow(() -> ProblemException.notFound("ticket " + ticketId));
        if (idempotencyKey != null) {
            Optional<Message> earlier = Message.byIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return new StoredReply(sameRequest(earlier.get(), ticketId, request, idempotencyKey), false);
            }
        }
        Channel channel = request.channel() != null ? request.channel() : ticket.channel;
        if (channel == Channel.CALL_CENTRE) {
            throw ProblemException.unprocessable(
                    "answers cannot be sent on CALL_CENTRE; call the customer back or answer on X or EMAIL");
        }
        // Read before anything is written, so these queries have nothing to flush first.
        CustomerIdentity recipient = recipientOn(ticket, channel);
        String inReplyTo = Message.lastInboundChannelId(ticket.id, channel).orElse(null);
        Instant now = Instant.now();

        Message reply = new Message();
        reply.ticketId = ticket.id;
        reply.direction = MessageDirection.OUTBOUND;
        reply.origin = AgentReplied.Origin.ONEVOICE;
        reply.channel = channel;
        reply.author = request.author().strip();
        reply.body = request.body();
        reply.subject = channel == Channel.EMAIL ? emailSubject(ticket) : null;
        reply.sentAt = now;
        reply.deliveryState = DeliveryState.PENDING;
        reply.idempotencyKey = idempotencyKey;
        reply.persist();

        ticket.answeredAt(now);
        if (ticket.status == TicketStatus.NEW) {
            statusChanges.change(ticket, TicketStatus.OPEN, now, reply.author);
        }
        outbox.append(TicketEvents.replied(ticket, reply, recipient, inReplyTo));
        return new StoredReply(reply, true);
    }

    /** A key names one request: used again for a different one, it is a client bug, not a repeat. */
    private static Message sameRequest(Message earlier, long ticketId, ReplyRequest request, String key) {
        if (earlier.ticketId != ticketId || !earlier.body.equals(request.body())) {
            throw ProblemException.unprocessable("Idempotency-Key " + key + " was already used for a different reply");
        }
        return earlier;
    }

    /** The reply, and whether this request stored it (false: an earlier request with the same key did). */
    public record StoredReply(Message message, boolean created) {
    }

    private CustomerIdentity recipientOn(Ticket ticket, Channel channel) {
        IdentityKind kind = switch (channel) {
            case X -> IdentityKind.X_USER;
            case EMAIL -> IdentityKind.EMAIL;
            case CALL_CENTRE -> IdentityKind.PHONE;
        };
        return customers.newestIdentity(ticket.customerId, kind)
                .orElseThrow(() -> ProblemException.unprocessable(
                        "the customer has no " + kind + " identity to answer on " + channel));
    }

    /** The tag lets the gateway thread the customer's reply back to this ticket. */
    private static String emailSubject(Ticket ticket) {
        String subject = ticket.subject == null ? "Your question" : ticket.subject;
        String tag = "[" + ticket.tag() + "]";
        if (subject.contains(tag)) {
            return subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : "Re: " + subject;
        }
        return "Re: " + subject + " " + tag;
    }
}
