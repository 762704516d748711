package org.onevoice.ticket.conversation;

import java.time.Instant;
import java.util.UUID;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.CustomerMessageAdded;
import org.onevoice.events.v1.InternalNoteAdded;
import org.onevoice.events.v1.SlaBreached;
import org.onevoice.events.v1.TicketOpened;
import org.onevoice.events.v1.TicketStatus;
import org.onevoice.events.v1.TicketStatusChanged;
import org.onevoice.events.v1.TicketUpdated;

/** Contract events describing changes to a ticket. Each gets a fresh id: it happens once. */
public final class TicketEvents {
    private TicketEvents() {
    }

    public static TicketOpened opened(Ticket ticket, String sourceEventId) {
        return new TicketOpened(newId(), ticket.id, ticket.customerId, ticket.channel, ticket.openedAt,
                sourceEventId, ticket.subject, ticket.topic);
    }

    public static CustomerMessageAdded customerMessage(Ticket ticket, Message message) {
        return new CustomerMessageAdded(newId(), ticket.id, ticket.customerId, ticket.channel, message.sentAt,
                message.id, message.sourceEventId);
    }

    public static AgentReplied replied(Ticket ticket, Message reply, CustomerIdentity recipient, String inReplyTo) {
        return new AgentReplied(newId(), ticket.id, ticket.customerId, ticket.channel, reply.sentAt, reply.id,
                reply.channel, reply.origin, reply.author, reply.body, recipient, inReplyTo, reply.subject);
    }

    public static TicketStatusChanged statusChanged(Ticket ticket, TicketStatus from, Instant at, String by) {
        return new TicketStatusChanged(newId(), ticket.id, ticket.customerId, ticket.channel, at, from, ticket.status, by);
    }

    public static TicketUpdated updated(Ticket ticket, Instant at, String by) {
        return new TicketUpdated(newId(), ticket.id, ticket.customerId, ticket.channel, at, ticket.assignee,
                ticket.priority, ticket.tags, ticket.topic, by);
    }

    public static InternalNoteAdded noteAdded(Ticket ticket, Message note) {
        return new InternalNoteAdded(newId(), ticket.id, ticket.customerId, ticket.channel, note.sentAt, note.id, note.author);
    }

    public static SlaBreached slaBreached(Ticket ticket, SlaBreached.Target target, Instant dueAt) {
        return new SlaBreached(newId(), ticket.id, ticket.customerId, ticket.channel, dueAt, target, ticket.priority);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
