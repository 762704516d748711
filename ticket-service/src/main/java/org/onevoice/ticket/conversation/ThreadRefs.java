package org.onevoice.ticket.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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

    /** The ticket the first known reference belongs to, trying them in the given order. */
    public Optional<Long> findTicket(Channel channel, Collection<String> refs) {
        List<String> candidates = refs.stream().filter(r -> r != null && !r.isBlank()).distinct().toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createNativeQuery("SELECT ref, ticket_id FROM thread_ref WHERE channel = ?1 AND ref IN (?2)")
                .setParameter(1, channel.name())
                .setParameter(2, candidates)
                .getResultList();
        for (String candidate : candidates) {
            for (Object[] row : rows) {
                if (candidate.equals(row[0])) {
                    return Optional.of(((Number) row[1]).longValue());
                }
            }
        }
        return Optional.empty();
    }

    public void remember(Channel channel, String ref, long ticketId) {
        if (ref == null || ref.isBlank()) {
            return;
        }
        em.createNativeQuery("INSERT INTO thread_ref (channel, ref, ticket_id) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, channel.name())
                .setParameter(2, ref)
                .setParameter(3, ticketId)
                .executeUpdate();
    }

    /** Every reference that led to {@code from} leads to {@code to} from now on. */
    public void moveAll(long from, long to) {
        em.createNativeQuery("UPDATE thread_ref SET ticket_id = ?1 WHERE ticket_id = ?2")
                .setParameter(1, to)
                .setParameter(2, from)
                .executeUpdate();
    }
}
