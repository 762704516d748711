package org.onevoice.ticket.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.onevoice.events.v1.Channel;

/**
 * Channel references that lead to a ticket: message ids (so a reply to any message of the
 * conversation finds it), call ids and DM conversations.
 */
@ApplicationScoped
public class ThreadRefs {
    private final EntityManager em;

    ThreadRefs(EntityManager em) {
        this.em = em;
    }

    /** The stored references among {@code refs} of the given channels, with one query. */
    public KnownRefs load(Collection<Channel> channels, Collection<String> refs) {
        Map<KnownRefs.Key, Long> stored = new HashMap<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT channel, ref, ticket_id FROM thread_ref WHERE channel = ANY(?) AND ref = ANY(?)")) {
                select.setArray(1, connection.createArrayOf("text", channels.stream().map(Channel::name).distinct().toArray()));
                select.setArray(2, connection.createArrayOf("text", refs.stream().distinct().toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        stored.put(new KnownRefs.Key(Channel.valueOf(rows.getString(1)), rows.getString(2)), rows.getLong(3));
                    }
                }
            }
        });
        return new KnownRefs(stored);
    }

    /** Stores the references a batch added, with one statement, after the tickets they lead to. */
    public void save(KnownRefs refs) {
        List<KnownRefs.Key> added = refs.added();
        if (added.isEmpty()) {
            return;
        }
        // The references point at tickets this transaction may only have queued for insert.
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO thread_ref (channel, ref, ticket_id)
                    SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[]) ON CONFLICT DO NOTHING""")) {
                insert.setArray(1, connection.createArrayOf("text", added.stream().map(k -> k.channel().name()).toArray()));
                insert.setArray(2, connection.createArrayOf("text", added.stream().map(KnownRefs.Key::ref).toArray()));
                insert.setArray(3, connection.createArrayOf("bigint", added.stream().map(refs::ticketOf).toArray()));
                insert.executeUpdate();
            }
        });
    }

    /** Every reference that led to {@code from} leads to {@code to} from now on. */
    public void moveAll(long from, long to) {
        em.createNativeQuery("UPDATE thread_ref SET ticket_id = ?1 WHERE ticket_id = ?2")
                .setParameter(1, to)
                .setParameter(2, from)
                .executeUpdate();
    }
}
