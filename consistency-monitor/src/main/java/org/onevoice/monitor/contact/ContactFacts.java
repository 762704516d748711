package org.onevoice.monitor.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.AnswerGiven;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEnded;
import org.onevoice.events.v1.TicketOpened;
import org.onevoice.events.v1.TicketStatusChanged;

/**
 * The raw facts events report about contacts, kept as they came so that a contact's figures can
 * be derived again whenever a late fact arrives.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContactFacts {
    private final EntityManager em;

    ContactFacts(EntityManager em) {
        this.em = em;
    }

    /** An answer on a channel and the conversation references it can be found by. */
    public record Answer(Instant answeredAt, Double queueWaitSeconds, String topic) {
    }

    /** How a synchronous contact ended. */
    public record End(ContactEnded.Outcome outcome, Instant endedAt, Double queueWaitSeconds, String topic) {
    }

    /** What {@link #about} found: answers and ends in the order they happened. */
    public record Known(List<Answer> answers, List<End> ends, Optional<Instant> firstReply, Optional<Instant> resolution) {
    }

    /** The ticket a contact event became part of. */
    public record TicketLink(long ticketId, long customerId, String ticketTopic) {
    }

    public void answer(AnswerGiven answer, Double queueWaitSeconds, String topic, Collection<String> refs) {
        em.createNativeQuery("""
                        INSERT INTO channel_answer (event_id, channel, answered_at, queue_wait_seconds, topic, agent, body)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, answer.eventId())
                .setParameter(2, answer.channel().name())
                .setParameter(3, SqlTime.param(answer.channelTimestamp()))
                .setParameter(4, queueWaitSeconds)
                .setParameter(5, topic)
                .setParameter(6, answer.agent())
                .setParameter(7, answer.body())
                .executeUpdate();
        for (String ref : refs) {
            em.createNativeQuery("INSERT INTO channel_answer_ref (event_id, channel, ref) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                    .setParameter(1, answer.eventId())
                    .setParameter(2, answer.channel().name())
                    .setParameter(3, ref)
                    .executeUpdate();
        }
    }

    public void end(ContactEnded ended, String ref, Double queueWaitSeconds, String topic) {
        em.createNativeQuery("""
                        INSERT INTO contact_end (event_id, channel, ref, outcome, ended_at, queue_wait_seconds, topic)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, ended.eventId())
                .setParameter(2, ended.channel().name())
                .setParameter(3, ref)
                .setParameter(4, ended.outcome().name())
                .setParameter(5, SqlTime.param(ended.channelTimestamp()))
                .setParameter(6, queueWaitSeconds)
                .setParameter(7, topic)
                .executeUpdate();
    }

    public void ticketOpened(TicketOpened opened) {
        em.createNativeQuery("""
                        INSERT INTO ticket (ticket_id, customer_id, topic) VALUES (?1, ?2, ?3)
                        ON CONFLICT (ticket_id) DO UPDATE SET topic = coalesce(ticket.topic, excluded.topic)""")
                .setParameter(1, opened.ticketId())
                .setParameter(2, opened.customerId())
                .setParameter(3, opened.topic())
                .executeUpdate();
        linkToTicket(opened.sourceEventId(), opened.ticketId(), opened.customerId());
    }

    public void linkToTicket(String sourceEventId, long ticketId, long customerId) {
        em.createNativeQuery("""
                        INSERT INTO ticket_contact (source_event_id, ticket_id, customer_id) VALUES (?1, ?2, ?3)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, sourceEventId)
                .setParameter(2, ticketId)
                .setParameter(3, customerId)
                .executeUpdate();
    }

    public void reply(AgentReplied reply) {
        em.createNativeQuery("""
                        INSERT INTO ticket_reply (event_id, ticket_id, replied_at, reply_channel, origin, author, body)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, reply.eventId())
                .setParameter(2, reply.ticketId())
                .setParameter(3, SqlTime.param(reply.occurredAt()))
                .setParameter(4, (reply.replyChannel() == null ? reply.channel() : reply.replyChannel()).name())
                .setParameter(5, reply.origin() == null ? AgentReplied.Origin.ONEVOICE.name() : reply.origin().name())
                .setParameter(6, reply.author())
                .setParameter(7, reply.body())
                .executeUpdate();
    }

    public void statusChanged(TicketStatusChanged change) {
        em.createNativeQuery("""
                        INSERT INTO ticket_status_change (event_id, ticket_id, changed_at, to_status) VALUES (?1, ?2, ?3, ?4)""")
                .setParameter(1, change.eventId())
                .setParameter(2, change.ticketId())
                .setParameter(3, SqlTime.param(change.occurredAt()))
                .setParameter(4, change.to().name())
                .executeUpdate();
    }

    /**
     * Everything known about a contact besides itself, in one round trip: the answers given in its
     * conversation on the channel and how that conversation ended (both by its references), and on
     * its ticket, when it has one, the first reply written in OneVoice and the first resolution at or
     * after {@code since}. Answers given on the channel are left out of the ticket's replies: the
     * ticket service records them on the ticket too, but they answer only their own conversation.
     */
    @SuppressWarnings("unchecked")
    public Known about(Channel channel, Collection<String> refs, Optional<Long> ticketId, Instant since) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT 'ANSWER', a.answered_at, a.queue_wait_seconds, a.topic, NULL
                        FROM channel_answer a
                        WHERE a.event_id IN (SELECT r.event_id FROM channel_answer_ref r WHERE r.channel = ?1 AND r.ref IN (?2))
                        UNION ALL
                        SELECT 'END', ended_at, queue_wait_seconds, topic, outcome FROM contact_end
                        WHERE channel = ?1 AND ref IN (?2)
                        UNION ALL
                        SELECT 'REPLY', min(replied_at), NULL, NULL, NULL FROM ticket_reply
                        WHERE ticket_id = ?3 AND replied_at >= ?4 AND origin = 'ONEVOICE'
                        UNION ALL
                        SELECT 'RESOLVED', min(changed_at), NULL, NULL, NULL FROM ticket_status_change
                        WHERE ticket_id = ?3 AND changed_at >= ?4 AND to_status IN ('RESOLVED', 'CLOSED')
                        ORDER BY 2""")
                .setParameter(1, channel.name())
                .setParameter(2, refs)
                // Ticket ids are positive: -1 matches no ticket, and keeps the parameter's type known.
                .setParameter(3, ticketId.orElse(-1L))
                .setParameter(4, SqlTime.param(since))
                .getResultList();
        List<Answer> answers = new ArrayList<>();
        List<End> ends = new ArrayList<>();
        Instant firstReply = null;
        Instant resolution = null;
        for (Object[] row : rows) {
            Instant at = SqlTime.instant(row[1]);
            switch ((String) row[0]) {
                case "ANSWER" -> answers.add(new Answer(at, SqlTime.seconds(row[2]), (String) row[3]));
                case "END" -> ends.add(new End(ContactEnded.Outcome.valueOf((String) row[4]), at, SqlTime.seconds(row[2]), (String) row[3]));
                case "REPLY" -> firstReply = at;
                default -> resolution = at;
            }
        }
        return new Known(answers, ends, Optional.ofNullable(firstReply), Optional.ofNullable(resolution));
    }

    @SuppressWarnings("unchecked")
    public Optional<TicketLink> ticketOf(String sourceEventId) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT l.ticket_id, l.customer_id, t.topic
                        FROM ticket_contact l LEFT JOIN ticket t ON t.ticket_id = l.ticket_id
                        WHERE l.source_event_id = ?1""")
                .setParameter(1, sourceEventId)
                .getResultList();
        return rows.stream().findFirst().map(r -> new TicketLink(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2]));
    }
}
