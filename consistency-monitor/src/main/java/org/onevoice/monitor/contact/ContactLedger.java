package org.onevoice.monitor.contact;

import static org.onevoice.monitor.intake.UnusableEventException.required;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.ContactEnded;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerMessageAdded;
import org.onevoice.events.v1.Facts;
import org.onevoice.events.v1.TicketEvent;
import org.onevoice.events.v1.TicketOpened;
import org.onevoice.events.v1.TicketStatusChanged;
import org.onevoice.events.v1.Threading;
import org.onevoice.monitor.contact.ContactFacts.TicketLink;
import org.onevoice.monitor.intake.IntakeLocks;
import org.onevoice.monitor.intake.UnusableEventException;

/**
 * Records what a batch of events says, then derives again, once each, every contact the batch
 * concerns. Facts that arrive before the contact they are about (an agent reply before the
 * ticket's opening, an answer before the question) wait in the fact tables and are found when the
 * contact arrives; a contact's figures depend only on the facts, not on their order, so deriving
 * after the whole batch gives what deriving after each event would.
 *
 * <p>Transactions run side by side: a fact and a new contact meet under a {@link JoinKeys join
 * key} lock, and a stored contact is derived again only under its row lock, after the facts were
 * written, so of two transactions the later one always reads what the earlier one committed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContactLedger {
    private final ContactFacts facts;
    private final ContactDerivation derivation;
    private final StoredContacts stored;
    private final IntakeLocks locks;

    ContactLedger(ContactFacts facts, ContactDerivation derivation, StoredContacts stored, IntakeLocks locks) {
        this.facts = facts;
        this.derivation = derivation;
        this.stored = stored;
        this.locks = locks;
    }

    public void applyContactEvents(List<ContactEvent> events) {
        AffectedContacts affected = new AffectedContacts();
        FactWrites writes = new FactWrites();
        for (ContactEvent event : events) {
            required(event.channel(), "channel");
            required(event.channelTimestamp(), "channelTimestamp");
            if (event instanceof ContactReceived received) {
                affected.received(received(received));
            } else if (event instanceof AnswerGiven answer) {
                Set<String> refs = conversationRefs(answer.threading());
                facts.answer(writes, answer, queueWait(answer), answer.facts().get(Facts.TOPIC), refs);
                affected.inConversation(answer.channel(), refs);
            } else if (event instanceof ContactEnded ended) {
                required(ended.outcome(), "outcome");
                String ref = ended.threading().threadKey() != null ? ended.threading().threadKey() : ended.threading().inReplyTo();
                required(ref, "threading.threadKey or threading.inReplyTo");
                facts.end(writes, ended, ref, queueWait(ended), ended.facts().get(Facts.TOPIC));
                affected.inConversation(ended.channel(), Set.of(ref));
            }
        }
        facts.write(writes);
        derive(affected);
    }

    public void applyTicketEvents(List<TicketEvent> events) {
        AffectedContacts affected = new AffectedContacts();
        FactWrites writes = new FactWrites();
        for (TicketEvent event : events) {
            required(event.occurredAt(), "occurredAt");
            if (event instanceof TicketOpened opened) {
                required(opened.sourceEventId(), "sourceEventId");
                facts.ticketOpened(writes, opened);
                affected.ofTicketOrSource(opened.ticketId(), opened.sourceEventId());
            } else if (event instanceof CustomerMessageAdded added) {
                required(added.sourceEventId(), "sourceEventId");
                facts.linkToTicket(writes, added.sourceEventId(), added.ticketId(), added.customerId());
                affected.ofTicketOrSource(added.ticketId(), added.sourceEventId());
            } else if (event instanceof AgentReplied reply) {
                required(reply.channel(), "channel");
                facts.reply(writes, reply);
                affected.ofTicket(reply.ticketId());
            } else if (event instanceof TicketStatusChanged change) {
                required(change.to(), "to");
                facts.statusChanged(writes, change);
                affected.ofTicket(change.ticketId());
            }
        }
        facts.write(writes);
        derive(affected);
    }

    private static Contact received(ContactReceived received) {
        required(received.channelMessageId(), "channelMessageId");
        required(received.customer(), "customer");
        Contact contact = new Contact();
        contact.sourceEventId = received.eventId();
        contact.channel = received.channel();
        contact.channelMessageId = received.channelMessageId();
        contact.threadKey = received.threading().threadKey();
        contact.customerRef = received.customer().kind().name() + ':' + received.customer().value();
        contact.question = received.body() != null ? received.body() : received.facts().get(Facts.QUESTION);
        contact.carriedTopic = received.facts().get(Facts.TOPIC);
        contact.receivedAt = received.channelTimestamp();
        return contact;
    }

    private void derive(AffectedContacts affected) {
        List<Contact> contacts = new ArrayList<>(stored.lockedFor(affected));
        contacts.addAll(affected.received());
        Map<String, TicketLink> links = facts.ticketsOf(contacts.stream().map(c -> c.sourceEventId).toList());
        // A reply on a new contact's ticket meets the contact through the ticket, which only the stored link names.
        locks.lock(affected.received().stream().map(c -> links.get(c.sourceEventId)).filter(Objects::nonNull)
                .map(link -> JoinKeys.ticket(link.ticketId())).toList());
        derivation.derive(contacts, links);
        affected.received().forEach(contact -> contact.persist());
    }

    private static Set<String> conversationRefs(Threading threading) {
        Set<String> refs = new LinkedHashSet<>();
        if (threading.threadKey() != null) {
            refs.add(threading.threadKey());
        }
        if (threading.inReplyTo() != null) {
            refs.add(threading.inReplyTo());
        }
        refs.addAll(threading.references());
        return refs;
    }

    private static Double queueWait(ContactEvent event) {
        String value = event.facts().get(Facts.QUEUE_WAIT_SECONDS);
        if (value == null) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(value);
            if (seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
                throw new UnusableEventException(Facts.QUEUE_WAIT_SECONDS + " must be a non-negative number of seconds: " + value);
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new UnusableEventException(Facts.QUEUE_WAIT_SECONDS + " is not a number: " + value, e);
        }
    }
}
