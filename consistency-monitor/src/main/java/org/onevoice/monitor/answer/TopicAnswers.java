package org.onevoice.monitor.answer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.onevoice.events.v1.Channel;
import org.onevoice.monitor.contact.SqlTime;
import org.onevoice.monitor.stats.StatsRange;
import org.onevoice.monitor.topic.TopicAssigner;

/**
 * Answers with text, each with the topic of the contact it answered: answers given on a channel
 * (found through the conversation) and replies written in OneVoice (found through the ticket).
 * Replies the ticket service reports with origin CHANNEL are the same answers given on the
 * channel again, so they are left out.
 */
@ApplicationScoped
public class TopicAnswers {
    private final EntityManager em;

    TopicAnswers(EntityManager em) {
        this.em = em;
    }

    /** Answers given in the range, of one topic or (topic null) of every topic but the unknown one. */
    @SuppressWarnings("unchecked")
    public List<GivenAnswer> in(StatsRange range, String topic) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT DISTINCT ON (event_id) event_id, topic, channel, ticket_id, body, answered_at FROM (
                            SELECT a.event_id, c.topic, a.channel, c.ticket_id, a.body, a.answered_at
                            FROM channel_answer a
                            JOIN channel_answer_ref r ON r.event_id = a.event_id
                            JOIN contact c ON c.channel = r.channel AND (c.channel_message_id = r.ref OR c.thread_key = r.ref)
                            WHERE a.body IS NOT NULL
                            UNION ALL
                            SELECT t.event_id, c.topic, t.reply_channel, t.ticket_id, t.body, t.replied_at
                            FROM ticket_reply t JOIN contact c ON c.ticket_id = t.ticket_id
                            WHERE t.body IS NOT NULL AND t.origin = 'ONEVOICE'
                        ) answers
                        WHERE answered_at BETWEEN ?1 AND ?2 AND topic <> ?4 AND (?3 = '' OR topic = ?3)
                        ORDER BY event_id, answered_at""")
                .setParameter(1, SqlTime.param(range.from()))
                .setParameter(2, SqlTime.param(range.to()))
                .setParameter(3, topic == null ? "" : topic)
                .setParameter(4, TopicAssigner.UNKNOWN)
                .getResultList();
        return rows.stream().map(r -> new GivenAnswer((String) r[0], (String) r[1], Channel.valueOf((String) r[2]),
                r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4], SqlTime.instant(r[5]))).toList();
    }
}
