package org.onevoice.monitor.contact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.onevoice.events.v1.Channel;

/**
 * The contacts a batch of events concerns, gathered while its facts are written so that each is
 * derived once, after all of them: the contacts the batch brings, and the keys of stored contacts
 * that a fact in the batch is about (a conversation on a channel, a ticket, the contact event a
 * ticket names).
 */
final class AffectedContacts {
    /** A conversation reference on one channel. */
    record ConversationRef(Channel channel, String ref) {
    }

    private final List<Contact> received = new ArrayList<>();
    private final Set<ConversationRef> conversations = new LinkedHashSet<>();
    private final Set<Long> tickets = new LinkedHashSet<>();
    private final Set<String> sources = new LinkedHashSet<>();

    void received(Contact contact) {
        received.add(contact);
    }

    void inConversation(Channel channel, Collection<String> refs) {
        refs.forEach(ref -> conversations.add(new ConversationRef(channel, ref)));
    }

    void ofTicket(long ticketId) {
        tickets.add(ticketId);
    }

    /** The contacts already on a ticket, and the one a ticket event names, which may not know its ticket yet. */
    void ofTicketOrSource(long ticketId, String sourceEventId) {
        tickets.add(ticketId);
        sources.add(sourceEventId);
    }

    List<Contact> received() {
        return received;
    }

    Set<ConversationRef> conversations() {
        return conversations;
    }

    Set<Long> tickets() {
        return tickets;
    }

    Set<String> sources() {
        return sources;
    }

    boolean anyStored() {
        return !conversations.isEmpty() || !tickets.isEmpty() || !sources.isEmpty();
    }
}
