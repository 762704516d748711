package org.onevoice.monitor.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import org.onevoice.events.v1.Channel;
import org.onevoice.monitor.contact.SqlTime;
import org.onevoice.monitor.topic.TopicAssigner;

/**
 * Reads contacts for the statistics, with whether each is a repeat and where its customer hopped
 * to. Hops need the ticket service's customer (the only identity that spans channels) and a known
 * topic.
 */
@ApplicationScoped
public class ContactRows {
    private final EntityManager em;
    private final StatsConfig config;

    ContactRows(EntityManager em, StatsConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * A repeat is found by customer reference or by customer id, each through its own index: one
     * look-up with the two joined by OR could use neither, and scanned every contact for every
     * contact (bench, fourth session: an alert evaluation over 10,000 contacts kept PostgreSQL busy).
     */
    @SuppressWarnings("unchecked")
    public List<ContactRow> in(StatsRange range, String topic) {
        StringBuilder sql = new StringBuilder("""
                SELECT c.channel, c.topic, c.received_at, c.first_response_at, c.wait_seconds, c.abandoned_at,
                       c.abandoned_wait_seconds, c.ticket_id IS NOT NULL, c.resolved_at,
                       EXISTS (SELECT 1 FROM contact p
                               WHERE p.customer_ref = c.customer_ref
                                 AND p.received_at < c.received_at
                                 AND p.received_at >= c.received_at - make_interval(secs => :repeatSeconds))
                       OR EXISTS (SELECT 1 FROM contact p
                                  WHERE p.customer_id = c.customer_id
                                    AND p.received_at < c.received_at
                                    AND p.received_at >= c.received_at - make_interval(secs => :repeatSeconds)),
                       (SELECT h.channel FROM contact h
                        WHERE h.customer_id = c.customer_id AND h.topic = c.topic AND c.topic <> :unknownTopic
                          AND h.channel <> c.channel
                          AND h.received_at > c.received_at
                          AND h.received_at <= c.received_at + make_interval(secs => :hopSeconds)
                          AND (c.first_response_at IS NULL OR c.first_response_at > h.received_at
                               OR c.resolved_at IS NULL OR c.resolved_at > h.received_at)
                        ORDER BY h.received_at LIMIT 1)
                FROM contact c WHERE true""");
        if (range.from() != null) {
            sql.append(" AND c.received_at >= :from");
        }
        if (range.to() != null) {
            sql.append(" AND c.received_at <= :to");
        }
        if (topic != null) {
            sql.append(" AND c.topic = :topic");
        }
        Query query = em.createNativeQuery(sql.toString());
        query.setParameter("repeatSeconds", (double) config.repeatWindow().toSeconds());
        query.setParameter("hopSeconds", (double) config.hopWindow().toSeconds());
        query.setParameter("unknownTopic", TopicAssigner.UNKNOWN);
        if (range.from() != null) {
            query.setParameter("from", SqlTime.param(range.from()));
        }
        if (range.to() != null) {
            query.setParameter("to", SqlTime.param(range.to()));
        }
        if (topic != null) {
            query.setParameter("topic", topic);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ContactRow(
                Channel.valueOf((String) r[0]),
                (String) r[1],
                SqlTime.instant(r[2]),
                SqlTime.instant(r[3]),
                SqlTime.seconds(r[4]),
                SqlTime.instant(r[5]),
                SqlTime.seconds(r[6]),
                (Boolean) r[7],
                SqlTime.instant(r[8]),
                (Boolean) r[9],
                r[10] == null ? null : Channel.valueOf((String) r[10]))).toList();
    }

    /** The newest event time of any fact the monitor holds: the clock rolling windows end at. */
    public Instant newestEventTime() {
        return SqlTime.instant(em.createNativeQuery("""
                SELECT greatest((SELECT max(received_at) FROM contact),
                                (SELECT max(answered_at) FROM channel_answer),
                                (SELECT max(ended_at) FROM contact_end),
                                (SELECT max(replied_at) FROM ticket_reply),
                                (SELECT max(changed_at) FROM ticket_status_change))""").getSingleResult());
    }
}
