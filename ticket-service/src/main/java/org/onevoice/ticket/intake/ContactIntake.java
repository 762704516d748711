package org.onevoice.ticket.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEnded;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.Facts;
import org.onevoice.events.v1.TicketStatus;
import org.onevoice.ticket.conversation.Message;
import org.onevoice.ticket.conversation.MessageDirection;
import org.onevoice.ticket.conversation.StatusChanges;
import org.onevoice.ticket.conversation.ThreadRefs;
import org.onevoice.ticket.conversation.Ticket;
import org.onevoice.ticket.conversation.TicketEvents;
import org.onevoice.ticket.customer.Customer;
import org.onevoice.ticket.customer.CustomerDirectory;
import org.onevoice.ticket.outbox.Outbox;
import org.onevoice.ticket.sla.SlaPolicy;

/** Turns what happened on a channel into tickets and messages. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContactIntake {
    private static final Logger LOG = Logger.getLogger(ContactIntake.class);
    private static final int SUBJECT_FROM_BODY_LENGTH = 80;

    private final CustomerDirectory customers;
    private final ThreadRefs threadRefs;
    private final Outbox outbox;
    private final StatusChanges statusChanges;
    private final SlaPolicy sla;
    private final IntakeConfig config;

    ContactIntake(CustomerDirectory customers, ThreadRefs threadRefs, Outbox outbox, StatusChanges statusChanges,
                  SlaPolicy sla, IntakeConfig config) {
        this.customers = customers;
        this.threadRefs = threadRefs;
        this.outbox = outbox;
        this.statusChanges = statusChanges;
        this.sla = sla;
        this.config = config;
    }

    public void received(ContactReceived contact) {
        Customer customer = customers.resolve(contact.customer());
        Optional<Ticket> existing = conversationOf(contact, customer).filter(t -> t.status != TicketStatus.CLOSED);
        Ticket ticket = existing.orElseGet(() -> open(contact, customer));
        if (existing.isPresent()) {
            reopenIfWaiting(ticket, contact.channelTimestamp());
        }
        Message message = new Message();
        message.ticketId = ticket.id;
        message.direction = MessageDirection.INBOUND;
        message.channel = contact.channel();
        message.channelMessageId = contact.channelMessageId();
        message.author = contact.customer().displayName() != null ? contact.customer().displayName() : contact.customer().value();
        message.subject = contact.subject();
        message.body = contact.body();
        message.sentAt = contact.channelTimestamp();
        message.sourceEventId = contact.eventId();
        message.persist();
        ticket.touch(contact.channelTimestamp());
        remember(contact, ticket);
        outbox.append(existing.isPresent()
                ? TicketEvents.customerMessage(ticket, message)
                : TicketEvents.opened(ticket, contact.eventId()));
    }

    public void answered(AnswerGiven answer) {
        if (Message.byChannelId(answer.channel(), answer.channelMessageId()).isPresent()) {
            // The channel shows us our own reply, already recorded when the gateway delivered it.
            LOG.debugf("answer %s on %s is a reply sent through OneVoice", answer.channelMessageId(), answer.channel());
            return;
        }
        Optional<Ticket> found = ticketOf(answer);
        if (found.isEmpty()) {
            // An answer to a conversation OneVoice never saw (it began before OneVoice listened).
            LOG.debugf("answer %s on %s matches no ticket", answer.channelMessageId(), answer.channel());
            return;
        }
        Ticket ticket = found.get();
        Message reply = new Message();
        reply.ticketId = ticket.id;
        reply.direction = MessageDirection.OUTBOUND;
        reply.origin = AgentReplied.Origin.CHANNEL;
        reply.channel = answer.channel();
        reply.channelMessageId = answer.channelMessageId();
        reply.author = answer.agent();
        reply.body = answer.body();
        reply.sentAt = answer.channelTimestamp();
        reply.sourceEventId = answer.eventId();
        reply.persist();
        ticket.answeredAt(answer.channelTimestamp());
        if (ticket.status == TicketStatus.NEW) {
            statusChanges.change(ticket, TicketStatus.OPEN, answer.channelTimestamp(), answer.agent());
        }
        if (ticket.topic == null && answer.facts().containsKey(Facts.TOPIC)) {
            ticket.topic = answer.facts().get(Facts.TOPIC);
        }
        remember(answer, ticket);
        outbox.append(TicketEvents.replied(ticket, reply, answer.customer(), answer.threading().inReplyTo()));
    }

    public void ended(ContactEnded ended) {
        Optional<Ticket> found = ticketOf(ended);
        if (found.isEmpty()) {
            LOG.debugf("end of %s on %s matches no ticket", ended.channelMessageId(), ended.channel());
            return;
        }
        Ticket ticket = found.get();
        String waited = ended.facts().get(Facts.QUEUE_WAIT_SECONDS);
        Message note = new Message();
        note.ticketId = ticket.id;
        note.direction = MessageDirection.NOTE;
        note.channel = ended.channel();
        note.body = switch (ended.outcome()) {
            case ABANDONED -> "The caller hung up in the queue" + (waited == null ? "." : " after " + waited + " s.");
            case COMPLETED -> "The call ended.";
        };
        note.sentAt = ended.channelTimestamp();
        note.sourceEventId = ended.eventId();
        note.persist();
        ticket.touch(ended.channelTimestamp());
    }

    private Ticket open(ContactReceived contact, Customer customer) {
        Ticket ticket = new Ticket();
        ticket.customerId = customer.id;
        ticket.channel = contact.channel();
        ticket.subject = contact.subject() != null && !contact.subject().isBlank() ? contact.subject() : subjectFrom(contact.body());
        ticket.topic = contact.facts().get(Facts.TOPIC);
        ticket.openedAt = contact.channelTimestamp();
        ticket.lastActivityAt = contact.channelTimestamp();
        sla.schedule(ticket);
        ticket.persist();
        return ticket;
    }

    private void reopenIfWaiting(Ticket ticket, Instant at) {
        if (ticket.status == TicketStatus.PENDING || ticket.status == TicketStatus.RESOLVED) {
            statusChanges.change(ticket, TicketStatus.OPEN, at, "customer");
        }
    }

    /** A customer message joins the conversation it refers to, or the ticket its tag names. */
    private Optional<Ticket> conversationOf(ContactReceived contact, Customer customer) {
        Optional<Ticket> byReference = ticketOf(contact);
        if (byReference.isPresent()) {
            return byReference;
        }
        Optional<Ticket> tagged = taggedTicket(contact.threading().ticketTag())
                .filter(t -> customers.current(t.customerId).id.equals(customer.id));
        if (tagged.isPresent() || contact.channel() != Channel.CALL_CENTRE) {
            return tagged;
        }
        return recentCallOf(customer, contact.channelTimestamp());
    }

    private Optional<Ticket> recentCallOf(Customer customer, Instant at) {
        return Ticket.<Ticket>find("customerId in ?1 and channel = ?2 and status in ?3 and lastActivityAt >= ?4 "
                                + "order by lastActivityAt desc, id desc",
                        customers.group(customer.id), Channel.CALL_CENTRE,
                        List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING), at.minus(config.callWindow()))
                .firstResultOptional()
                .flatMap(t -> Ticket.lock(t.id));
    }

    private Optional<Ticket> ticketOf(ContactEvent event) {
        List<String> refs = new ArrayList<>();
        refs.add(event.threading().threadKey());
        refs.add(event.threading().inReplyTo());
        List<String> references = new ArrayList<>(event.threading().references());
        Collections.reverse(references);
        refs.addAll(references);
        // A merge may have moved the conversation between looking up the reference and taking the lock.
        return threadRefs.findTicket(event.channel(), refs).flatMap(Ticket::lockFollowingMerges);
    }

    private static Optional<Ticket> taggedTicket(String tag) {
        if (tag == null || !tag.toUpperCase().startsWith(Ticket.TAG_PREFIX)) {
            return Optional.empty();
        }
        try {
            // A tag of a merged ticket still names the conversation, which continues on the ticket it went into.
            return Ticket.lockFollowingMerges(Long.parseLong(tag.substring(Ticket.TAG_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void remember(ContactEvent event, Ticket ticket) {
        threadRefs.remember(event.channel(), event.channelMessageId(), ticket.id);
        threadRefs.remember(event.channel(), event.threading().threadKey(), ticket.id);
    }

    private static String subjectFrom(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= SUBJECT_FROM_BODY_LENGTH ? oneLine : oneLine.substring(0, SUBJECT_FROM_BODY_LENGTH - 1) + "…";
    }
}
