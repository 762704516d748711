package org.onevoice.monitor.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.onevoice.events.v1.ContactEnded;
import org.onevoice.monitor.contact.ContactFacts.Answer;
import org.onevoice.monitor.contact.ContactFacts.End;
import org.onevoice.monitor.contact.ContactFacts.TicketLink;
import org.onevoice.monitor.topic.TopicAssigner;
import org.onevoice.monitor.topic.TopicEvidence;

/**
 * Derives a contact's figures from every fact known about it, so the result is the same in
 * whatever order the facts arrived. The first response is measured per contact, not per ticket:
 * the earliest of an answer in the contact's own conversation on the channel and a reply written
 * in OneVoice on the ticket the contact became part of, not before the contact itself. A call
 * answered with its queue wait reported waited exactly that; an abandoned call stays censored.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContactDerivation {
    private final ContactFacts facts;
    private final TopicAssigner topics;

    ContactDerivation(ContactFacts facts, TopicAssigner topics) {
        this.facts = facts;
        this.topics = topics;
    }

    /** Derives the contacts again from one read of all their facts; {@code links} are their tickets by contact event id. */
    public void derive(List<Contact> contacts, Map<String, TicketLink> links) {
        if (contacts.isEmpty()) {
            return;
        }
        List<Optional<TicketLink>> tickets = contacts.stream().map(c -> Optional.ofNullable(links.get(c.sourceEventId))).toList();
        List<ContactFacts.Known> known = facts.about(IntStream.range(0, contacts.size()).mapToObj(i -> {
            Contact c = contacts.get(i);
            return new ContactFacts.Subject(c.channel, c.channelMessageId, c.threadKey,
                    tickets.get(i).map(TicketLink::ticketId).orElse(null), c.receivedAt);
        }).toList());
        for (int i = 0; i < contacts.size(); i++) {
            derive(contacts.get(i), tickets.get(i), known.get(i));
        }
    }

    private void derive(Contact contact, Optional<TicketLink> ticket, ContactFacts.Known known) {
        List<Answer> answers = known.answers();
        contact.ticketId = ticket.map(TicketLink::ticketId).orElse(null);
        contact.customerId = ticket.map(TicketLink::customerId).orElse(null);

        List<End> ends = known.ends();
        Optional<End> abandoned = ends.stream().filter(e -> e.outcome() == ContactEnded.Outcome.ABANDONED).findFirst();

        List<Instant> responses = new ArrayList<>();
        answers.stream()
                .filter(a -> !a.answeredAt().isBefore(contact.receivedAt))
                .map(a -> a.queueWaitSeconds() != null ? plusSeconds(contact.receivedAt, a.queueWaitSeconds()) : a.answeredAt())
                .forEach(responses::add);
        if (abandoned.isEmpty()) {
            // A caller who hung up in the queue was not answered by a later reply on the ticket: that wait is censored.
            known.firstReply().ifPresent(responses::add);
        }
        contact.firstResponseAt = responses.stream().min(Comparator.naturalOrder()).orElse(null);
        contact.resolvedAt = known.resolution().orElse(null);
        contact.abandonedAt = abandoned.map(End::endedAt).orElse(null);
        contact.abandonedWaitSeconds = abandoned.map(e -> e.queueWaitSeconds() != null
                ? e.queueWaitSeconds()
                : Seconds.between(contact.receivedAt, e.endedAt())).orElse(null);

        if (contact.firstResponseAt != null) {
            contact.outcome = Outcome.ANSWERED;
            contact.waitSeconds = Seconds.between(contact.receivedAt, contact.firstResponseAt);
        } else if (abandoned.isPresent()) {
            contact.outcome = Outcome.ABANDONED;
            contact.waitSeconds = contact.abandonedWaitSeconds;
        } else {
            contact.outcome = Outcome.OPEN;
            contact.waitSeconds = null;
        }

        List<String> carried = new ArrayList<>();
        carried.add(contact.carriedTopic);
        carried.add(ticket.map(TicketLink::ticketTopic).orElse(null));
        answers.forEach(a -> carried.add(a.topic()));
        ends.forEach(e -> carried.add(e.topic()));
        contact.topic = topics.topicOf(new TopicEvidence(contact.channel, contact.question, carried));
    }

    private static Instant plusSeconds(Instant start, double seconds) {
        return start.plusNanos(Math.round(seconds * 1_000_000_000L));
    }

}
