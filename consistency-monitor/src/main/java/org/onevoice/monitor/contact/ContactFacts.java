package org.onevoice.monitor.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    public void answer(FactWrites writes, AnswerGiven answer, Double queueWaitSeconds, String topic, Collection<String> refs) {
        writes.add("""
                        INSERT INTO channel_answer (event_id, channel, answered_at, queue_wait_seconds, topic, agent, body)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                answer.eventId(), answer.channel().name(), SqlTime.param(answer.channelTimestamp()), queueWaitSeconds, topic,
                answer.agent(), answer.body());
        for (String ref : refs) {
            writes.add("INSERT INTO channel_answer_ref (event_id, channel, ref) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    answer.eventId(), answer.channel().name(), ref);
        }
    }

    public void end(FactWrites writes, ContactEnded ended, String ref, Double queueWaitSeconds, String topic) {
        writes.add("""
                        INSERT INTO contact_end (event_id, channel, ref, outcome, ended_at, queue_wait_seconds, topic)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                ended.eventId(), ended.channel().name(), ref, ended.outcome().name(), SqlTime.param(ended.channelTimestamp()),
                queueWaitSeconds, topic);
    }

    public void ticketOpened(FactWrites writes, TicketOpened opened) {
        writes.add("""
                        INSERT INTO ticket (ticket_id, customer_id, topic) VALUES (?, ?, ?)
                        ON CONFLICT (ticket_id) DO UPDATE SET topic = coalesce(ticket.topic, excluded.topic)""",
                opened.ticketId(), opened.customerId(), opened.topic());
        linkToTicket(writes, opened.sourceEventId(), opened.ticketId(), opened.customerId());
    }

    public void linkToTicket(FactWrites writes, String sourceEventId, long ticketId, long customerId) {
        writes.add("INSERT INTO ticket_contact (source_event_id, ticket_id, customer_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                sourceEventId, ticketId, customerId);
    }

    public void reply(FactWrites writes, AgentReplied reply) {
        writes.add("""
                        INSERT INTO ticket_reply (event_id, ticket_id, replied_at, reply_channel, origin, author, body)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                reply.eventId(), reply.ticketId(), SqlTime.param(reply.occurredAt()),
                (reply.replyChannel() == null ? reply.channel() : reply.replyChannel()).name(),
                reply.origin() == null ? AgentReplied.Origin.ONEVOICE.name() : reply.origin().name(), reply.author(), reply.body());
    }

    public void statusChanged(FactWrites writes, TicketStatusChanged change) {
        writes.add("INSERT INTO ticket_status_change (event_id, ticket_id, changed_at, to_status) VALUES (?, ?, ?, ?)",
                change.eventId(), change.ticketId(), SqlTime.param(change.occurredAt()), change.to().name());
    }

    /** Writes what the batch recorded, before its contacts are derived from it. */
    public void write(FactWrites writes) {
        writes.writeTo(em);
    }

    /** Whom {@link #about} is asked about: a contact's channel, its two references, its ticket, when it arrived. */
    public record Subject(Channel channel, String messageRef, String threadRef, Long ticketId, Instant since) {
    }

    /**
     * Everything known about each subject besides itself, for a whole batch in one round trip: the
     * answers given in its conversation on the channel and how that conversation ended (both by its
     * references), and on its ticket, when it has one, the first reply written in OneVoice and the
     * first resolution at or after {@code since}. Answers given on the channel are left out of the
     * ticket's replies: the ticket service records them on the ticket too, but they answer only their
     * own conversation.
     *
     * @return what is known, in the order of the subjects
     */
    public List<Known> about(List<Subject> subjects) {
        List<List<Answer>> answers = new ArrayList<>();
        List<List<End>> ends = new ArrayList<>();
        Instant[] firstReplies = new Instant[subjects.size()];
        Instant[] resolutions = new Instant[subjects.size()];
        subjects.forEach(s -> {
            answers.add(new ArrayList<>());
            ends.add(new ArrayList<>());
        });
        Jdbc.query(em, """
                        WITH subject AS (
                            SELECT * FROM unnest(?, ?, ?, ?, CAST(? AS timestamptz[]))
                                WITH ORDINALITY AS s (channel, message_ref, thread_ref, ticket_id, since, n))
                        SELECT s.n, 'ANSWER', a.answered_at, a.queue_wait_seconds, a.topic, NULL, a.event_id
                        FROM subject s
                        JOIN LATERAL (SELECT DISTINCT r.event_id FROM channel_answer_ref r
                                      WHERE r.channel = s.channel AND r.ref IN (s.message_ref, s.thread_ref)) m ON true
                        JOIN channel_answer a ON a.event_id = m.event_id
                        UNION ALL
                        SELECT s.n, 'END', e.ended_at, e.queue_wait_seconds, e.topic, e.outcome, e.event_id
                        FROM subject s JOIN contact_end e ON e.channel = s.channel AND e.ref IN (s.message_ref, s.thread_ref)
                        UNION ALL
                        SELECT s.n, 'REPLY', (SELECT min(replied_at) FROM ticket_reply
                                              WHERE ticket_id = s.ticket_id AND replied_at >= s.since AND origin = 'ONEVOICE'),
                               NULL, NULL, NULL, NULL
                        FROM subject s WHERE s.ticket_id IS NOT NULL
                        UNION ALL
                        SELECT s.n, 'RESOLVED', (SELECT min(changed_at) FROM ticket_status_change
                                                 WHERE ticket_id = s.ticket_id AND changed_at >= s.since
                                                   AND to_status IN ('RESOLVED', 'CLOSED')),
                               NULL, NULL, NULL, NULL
                        FROM subject s WHERE s.ticket_id IS NOT NULL
                        ORDER BY 1, 3, 7""", statement -> {
            Connection connection = statement.getConnection();
            statement.setArray(1, connection.createArrayOf("text", subjects.stream().map(s -> s.channel().name()).toArray()));
            statement.setArray(2, connection.createArrayOf("text", subjects.stream().map(Subject::messageRef).toArray()));
            statement.setArray(3, connection.createArrayOf("text", subjects.stream().map(Subject::threadRef).toArray()));
            statement.setArray(4, connection.createArrayOf("bigint", subjects.stream().map(Subject::ticketId).toArray()));
            statement.setArray(5, connection.createArrayOf("text", subjects.stream().map(s -> s.since().toString()).toArray()));
        }, row -> {
            int at = row.getInt(1) - 1;
            Instant instant = SqlTime.instant(row.getObject(3));
            Double queueWait = SqlTime.seconds(row.getObject(4));
            switch (row.getString(2)) {
                case "ANSWER" -> answers.get(at).add(new Answer(instant, queueWait, row.getString(5)));
                case "END" -> ends.get(at).add(new End(ContactEnded.Outcome.valueOf(row.getString(6)), instant, queueWait, row.getString(5)));
                case "REPLY" -> firstReplies[at] = instant;
                default -> resolutions[at] = instant;
            }
        });
        List<Known> known = new ArrayList<>(subjects.size());
        for (int i = 0; i < subjects.size(); i++) {
            known.add(new Known(answers.get(i), ends.get(i), Optional.ofNullable(firstReplies[i]), Optional.ofNullable(resolutions[i])));
        }
        return known;
    }

    /** The tickets these contact events became part of, by contact event id; events not on a ticket yet are missing. */
    public Map<String, TicketLink> ticketsOf(Collection<String> sourceEventIds) {
        Map<String, TicketLink> links = new HashMap<>();
        if (sourceEventIds.isEmpty()) {
            return links;
        }
        Jdbc.query(em, """
                        SELECT l.source_event_id, l.ticket_id, l.customer_id, t.topic
                        FROM ticket_contact l LEFT JOIN ticket t ON t.ticket_id = l.ticket_id
                        WHERE l.source_event_id = ANY(?)""",
                statement -> statement.setArray(1, statement.getConnection().createArrayOf("text", sourceEventIds.toArray())),
                row -> links.put(row.getString(1), new TicketLink(row.getLong(2), row.getLong(3), row.getString(4))));
        return links;
    }
}
