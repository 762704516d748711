package org.onevoice.ticket.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEnded;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.Facts;
import org.onevoice.events.v1.TicketStatus;
import org.onevoice.support.db.ProcessedEvents;
import org.onevoice.ticket.conversation.KnownRefs;
import org.onevoice.ticket.conversation.Message;
import org.onevoice.ticket.conversation.MessageDirection;
import org.onevoice.ticket.conversation.StatusChanges;
import org.onevoice.ticket.conversation.ThreadRefs;
import org.onevoice.ticket.conversation.Ticket;
import org.onevoice.ticket.conversation.TicketEvents;
import org.onevoice.ticket.customer.Customer;
import org.onevoice.ticket.customer.CustomerDirectory;
import org.onevoice.ticket.customer.CustomerDirectory.TicketActivity;
import org.onevoice.ticket.customer.IdentityKey;
import org.onevoice.ticket.outbox.Outbox;
import org.onevoice.ticket.sla.SlaPolicy;

/** Turns what happened on a channel into tickets and messages. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContactIntake {
    private static final Logger LOG = Logger.getLogger(ContactIntake.class);
    private static final int SUBJECT_FROM_BODY_LENGTH = 80;
    private static final List<TicketStatus> UNRESOLVED = List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING);

    private final EntityManager em;
    private final ProcessedEvents processed;
    private final CustomerDirectory customers;
    private final ThreadRefs threadRefs;
    private final Outbox outbox;
    private final StatusChanges statusChanges;
    private final SlaPolicy sla;
    private final IntakeConfig config;

    ContactIntake(EntityManager em, ProcessedEvents processed, CustomerDirectory customers, ThreadRefs threadRefs,
                  Outbox outbox, StatusChanges statusChanges, SlaPolicy sla, IntakeConfig config) {
        this.em = em;
        this.processed = processed;
        this.customers = customers;
        this.threadRefs = threadRefs;
        this.outbox = outbox;
        this.statusChanges = statusChanges;
        this.sla = sla;
        this.config = config;
    }

    /**
     * Applies a batch of events in order, each the first time its id is seen. The processed-event
     * log, the customers and the thread references of the whole batch take one statement each.
     */
    public void apply(List<ContactEvent> events) {
        List<ContactEvent> fresh = processed.firstTimes(events, ContactEvent::eventId);
        if (fresh.isEmpty()) {
            return;
        }
        // Before every query Hibernate would otherwise dirty-check the whole session, which grows
        // with the batch: quadratic in the batch size. The batch flushes once, before it stores its
        // thread references; the look-ups below take its own unflushed changes into account.
        em.unwrap(Session.class).setHibernateFlushMode(FlushMode.COMMIT);
        Map<IdentityKey, Customer> callers = customers.resolveAll(
                fresh.stream().filter(ContactReceived.class::isInstance).map(ContactEvent::customer).toList());
        Batch batch = new Batch(callers,
                threadRefs.load(fresh.stream().map(ContactEvent::channel).toList(), fresh.stream()
                        .flatMap(e -> Stream.concat(refsOf(e), Stream.ofNullable(e.channelMessageId()))).toList()),
                storedCallTickets(fresh, callers));
        // The batch's ticket events go to the outbox in one JDBC batch at its end.
        outbox.inOneWrite(() -> {
            for (ContactEvent event : fresh) {
                if (event instanceof ContactReceived received) {
                    received(received, batch);
                } else if (event instanceof AnswerGiven answer) {
                    answered(answer, batch);
                } else if (event instanceof ContactEnded ended) {
                    ended(ended, batch);
                }
            }
        });
        threadRefs.save(batch.refs);
    }

    private void received(ContactReceived contact, Batch batch) {
        Customer customer = batch.customers.get(IdentityKey.of(contact.customer()));
        Optional<Ticket> existing = conversationOf(contact, customer, batch).filter(t -> t.status != TicketStatus.CLOSED);
        Ticket ticket = existing.orElseGet(() -> batch.worksOn(open(contact, customer)));
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
        remember(contact, ticket, batch);
        outbox.append(existing.isPresent()
                ? TicketEvents.customerMessage(ticket, message)
                : TicketEvents.opened(ticket, contact.eventId()));
    }

    private void answered(AnswerGiven answer, Batch batch) {
        if (Message.byChannelId(answer.channel(), answer.channelMessageId()).isPresent()) {
            // The channel shows us our own reply, already recorded when the gateway delivered it.
            LOG.debugf("answer %s on %s is a reply sent through OneVoice", answer.channelMessageId(), answer.channel());
            return;
        }
        Optional<Ticket> found = ticketOf(answer, batch);
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
        remember(answer, ticket, batch);
        outbox.append(TicketEvents.replied(ticket, reply, answer.customer(), answer.threading().inReplyTo()));
    }

    private void ended(ContactEnded ended, Batch batch) {
        Optional<Ticket> found = ticketOf(ended, batch);
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
    private Optional<Ticket> conversationOf(ContactReceived contact, Customer customer, Batch batch) {
        Optional<Ticket> byReference = ticketOf(contact, batch);
        if (byReference.isPresent()) {
            return byReference;
        }
        Optional<Ticket> tagged = taggedTicket(contact.threading().ticketTag(), batch)
                .filter(t -> customers.current(t.customerId).id.equals(customer.id));
        if (tagged.isPresent() || contact.channel() != Channel.CALL_CENTRE) {
            return tagged;
        }
        return recentCallOf(customer, contact.channelTimestamp(), batch);
    }

    /**
     * The latest open call ticket of the customer group of each call in the batch, as stored, since
     * the call window of the batch's earliest call: whichever call of a group comes later, the
     * group's latest ticket is its only stored candidate.
     */
    private Map<Long, TicketActivity> storedCallTickets(List<ContactEvent> events, Map<IdentityKey, Customer> callers) {
        List<ContactReceived> calls = events.stream()
                .filter(e -> e instanceof ContactReceived && e.channel() == Channel.CALL_CENTRE).map(ContactReceived.class::cast).toList();
        if (calls.isEmpty()) {
            return Map.of();
        }
        Instant since = calls.stream().map(ContactEvent::channelTimestamp).min(Comparator.naturalOrder()).orElseThrow()
                .minus(config.callWindow());
        return customers.latestUnresolvedTickets(calls.stream().map(c -> groupOf(callers.get(IdentityKey.of(c.customer())).id)).toList(),
                Channel.CALL_CENTRE, since);
    }

    /** A customer group is named by the customer the others were merged into. */
    private long groupOf(long customerId) {
        return customers.current(customerId).id;
    }

    private Optional<Ticket> recentCallOf(Customer customer, Instant at, Batch batch) {
        Instant since = at.minus(config.callWindow());
        long group = groupOf(customer.id);
        // The batch's own tickets are judged as they are in memory, which the database does not
        // know yet. Intake never resolves a ticket nor merges customers, so a stored candidate the
        // batch also holds has only grown more recent.
        Stream<TicketActivity> inBatch = batch.callTickets(group).stream()
                .filter(t -> UNRESOLVED.contains(t.status))
                .map(t -> new TicketActivity(t.id, t.lastActivityAt));
        Stream<TicketActivity> stored = Stream.ofNullable(batch.storedCalls.get(group))
                .filter(t -> !batch.tickets.containsKey(t.ticketId()));
        return Stream.concat(stored, inBatch)
                .filter(t -> !t.lastActivityAt().isBefore(since))
                .max(Comparator.comparing(TicketActivity::lastActivityAt).thenComparing(TicketActivity::ticketId))
                .flatMap(t -> lock(t.ticketId(), batch));
    }

    private static Optional<Ticket> ticketOf(ContactEvent event, Batch batch) {
        // A merge may have moved the conversation between looking up the reference and taking the lock.
        return batch.refs.findTicket(event.channel(), refsOf(event).toList()).flatMap(id -> lock(id, batch));
    }

    /** The references that may lead to the event's conversation, the most specific first. */
    private static Stream<String> refsOf(ContactEvent event) {
        List<String> references = new ArrayList<>(event.threading().references());
        Collections.reverse(references);
        return Stream.concat(Stream.of(event.threading().threadKey(), event.threading().inReplyTo()), references.stream())
                .filter(ref -> ref != null && !ref.isBlank())
                .distinct();
    }

    private static Optional<Ticket> taggedTicket(String tag, Batch batch) {
        if (tag == null || !tag.toUpperCase().startsWith(Ticket.TAG_PREFIX)) {
            return Optional.empty();
        }
        try {
            // A tag of a merged ticket still names the conversation, which continues on the ticket it went into.
            return lock(Long.parseLong(tag.substring(Ticket.TAG_PREFIX.length())), batch);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void remember(ContactEvent event, Ticket ticket, Batch batch) {
        batch.refs.remember(event.channel(), event.channelMessageId(), ticket.id);
        batch.refs.remember(event.channel(), event.threading().threadKey(), ticket.id);
    }

    /**
     * The ticket that carries the conversation of ticket {@code id}, locked. A ticket the batch
     * already works on is locked already, or new and not even stored yet: it is taken as it is.
     */
    private static Optional<Ticket> lock(long id, Batch batch) {
        Ticket known = batch.tickets.get(id);
        return known != null ? Optional.of(known) : Ticket.lockFollowingMerges(id).map(batch::worksOn);
    }

    /**
     * What the events of one batch look up, fetched for all of them at once, and the tickets the
     * batch opened or locked so far, by id and, for calls, by customer group.
     */
    private final class Batch {
        private final Map<IdentityKey, Customer> customers;
        private final KnownRefs refs;
        private final Map<Long, TicketActivity> storedCalls;
        private final Map<Long, Ticket> tickets = new LinkedHashMap<>();
        private final Map<Long, List<Ticket>> callTickets = new HashMap<>();

        Batch(Map<IdentityKey, Customer> customers, KnownRefs refs, Map<Long, TicketActivity> storedCalls) {
            this.customers = customers;
            this.refs = refs;
            this.storedCalls = storedCalls;
        }

        List<Ticket> callTickets(long group) {
            return callTickets.getOrDefault(group, List.of());
        }

        Ticket worksOn(Ticket ticket) {
            if (tickets.put(ticket.id, ticket) == null && ticket.channel == Channel.CALL_CENTRE) {
                callTickets.computeIfAbsent(groupOf(ticket.customerId), g -> new ArrayList<>()).add(ticket);
            }
            return ticket;
        }
    }

    private static String subjectFrom(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= SUBJECT_FROM_BODY_LENGTH ? oneLine : oneLine.substring(0, SUBJECT_FROM_BODY_LENGTH - 1) + "…";
    }
}
