package org.onevoice.gateway.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.DeliveryReport;
import org.onevoice.gateway.db.Sql;

/**
 * The gateway's record of which replies it delivered, keyed by reply id: what makes a redelivered
 * {@code AgentReplied} harmless. The outcome row is written after the channel answered; an attempt row
 * written before the call covers the crash in between: the channel is asked again, and a channel
 * that refuses repeats (X refuses duplicate content) tells that the first attempt went through.
 */
@ApplicationScoped
public class DeliveryLog {
    private final Sql sql;

    DeliveryLog(Sql sql) {
        this.sql = sql;
    }

    /** The report of an earlier delivery of this reply, if it was decided. */
    public Optional<DeliveryReport> outcome(long replyId) {
        return sql.query("SELECT ticket_id, channel, state, channel_message_id, reason, decided_at FROM delivery WHERE reply_id = ?",
                statement -> statement.setLong(1, replyId),
                row -> {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    DeliveryReport.State state = DeliveryReport.State.valueOf(row.getString(3));
                    return Optional.of(new DeliveryReport(DeliveryReport.idFor(replyId, state), row.getLong(1), replyId,
                            Channel.valueOf(row.getString(2)), state, row.getString(4), row.getString(5),
                            row.getObject(6, OffsetDateTime.class).toInstant()));
                });
    }

    /**
     * Notes that the reply is about to be handed to its channel, committed before the channel is
     * called, and says whether an earlier attempt (in this process or one that died) came first.
     */
    public boolean attemptFollowsAnother(long replyId) {
        return sql.query("""
                        INSERT INTO delivery_attempt (reply_id, attempts, first_attempt_at) VALUES (?, 1, now())
                        ON CONFLICT (reply_id) DO UPDATE SET attempts = delivery_attempt.attempts + 1
                        RETURNING attempts""",
                statement -> statement.setLong(1, replyId),
                row -> row.next() && row.getInt(1) > 1);
    }

    /** Records the outcome; the first outcome recorded for a reply stays. */
    public void record(DeliveryReport report, int attempts) {
        sql.update("""
                        INSERT INTO delivery (reply_id, ticket_id, channel, state, channel_message_id, reason, attempts, decided_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (reply_id) DO NOTHING""",
                statement -> {
                    statement.setLong(1, report.replyId());
                    statement.setLong(2, report.ticketId());
                    statement.setString(3, report.channel().name());
                    statement.setString(4, report.state().name());
                    statement.setString(5, report.channelMessageId());
                    statement.setString(6, report.reason());
                    statement.setInt(7, attempts);
                    statement.setObject(8, report.occurredAt().atOffset(ZoneOffset.UTC));
                });
    }

    /** Whether the gateway itself sent this channel message, i.e. it is an echo of a OneVoice reply. */
    public boolean sentByOneVoice(Channel channel, String channelMessageId) {
        return sql.query("SELECT 1 FROM delivery WHERE channel = ? AND channel_message_id = ?",
                statement -> {
                    statement.setString(1, channel.name());
                    statement.setString(2, channelMessageId);
                },
                row -> row.next());
    }
}
