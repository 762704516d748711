package org.onevoice.ticket.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onevoice.events.v1.Channel;

/**
 * The thread references of one batch: those already stored, read with one query, and
 * those the batch adds, written with one statement by {@link ThreadRefs#save}. A contact later in
 * an intake batch finds the ticket an earlier one opened.
 */
public final class KnownRefs {
    private final Map<Key, Long> tickets;
    private final List<Key> added = new ArrayList<>();

    KnownRefs(Map<Key, Long> stored) {
        this.tickets = new HashMap<>(stored);
    }

    /** For a batch that only adds references: a stored one is kept as it is when they are saved. */
    public static KnownRefs none() {
        return new KnownRefs(Map.of());
    }

    /** The ticket the first known reference belongs to, trying them in the given order. */
    public Optional<Long> findTicket(Channel channel, List<String> refs) {
        for (String ref : refs) {
            Long ticket = ref == null ? null : tickets.get(new Key(channel, ref));
            if (ticket != null) {
                return Optional.of(ticket);
            }
        }
        return Optional.empty();
    }

    /** A reference keeps the ticket it first led to, as the table's key does. */
    public void remember(Channel channel, String ref, long ticketId) {
        if (ref == null || ref.isBlank()) {
            return;
        }
        Key key = new Key(channel, ref);
        if (tickets.putIfAbsent(key, ticketId) == null) {
            added.add(key);
        }
    }

    List<Key> added() {
        return added;
    }

    long ticketOf(Key key) {
        return tickets.get(key);
    }

    record Key(Channel channel, String ref) {
    }
}
