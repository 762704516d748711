package org.onevoice.gateway.outbound;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.DeliveryReport;

/**
 * The gateway's record of which replies it delivered, keyed by reply id: what makes a redelivered
 * {@code AgentReplied} harmless. A row is written after the channel answered, so a crash between
 * the channel's acceptance and this write sends that one reply again (at least once for that window).
 */
@ApplicationScoped
public class DeliveryLog {
    private final AgroalDataSource dataSource;

    DeliveryLog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The report of an earlier delivery of this reply, if it was decided. */
    public Optional<DeliveryReport> outcome(long replyId) {
        String sql = "SELECT ticket_id, channel, state, channel_message_id, reason, decided_at FROM delivery WHERE reply_id = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, replyId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                DeliveryReport.State state = DeliveryReport.State.valueOf(row.getString(3));
                return Optional.of(new DeliveryReport(DeliveryReport.idFor(replyId, state), row.getLong(1), replyId,
                        Channel.valueOf(row.getString(2)), state, row.getString(4), row.getString(5),
                        row.getObject(6, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the delivery of reply " + replyId, e);
        }
    }

    /** Records the outcome; the first outcome recorded for a reply stays. */
    public void record(DeliveryReport report, int attempts) {
        String sql = """
                INSERT INTO delivery (reply_id, ticket_id, channel, state, channel_message_id, reason, attempts, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (reply_id) DO NOTHING""";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, report.replyId());
            insert.setLong(2, report.ticketId());
            insert.setString(3, report.channel().name());
            insert.setString(4, report.state().name());
            insert.setString(5, report.channelMessageId());
            insert.setString(6, report.reason());
            insert.setInt(7, attempts);
            insert.setObject(8, report.occurredAt().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the delivery of reply " + report.replyId(), e);
        }
    }

    /** Whether the gateway itself sent this channel message, i.e. it is an echo of a OneVoice reply. */
    public boolean sentByOneVoice(Channel channel, String channelMessageId) {
        String sql = "SELECT 1 FROM delivery WHERE channel = ? AND channel_message_id = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, channel.name());
            select.setString(2, channelMessageId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up delivered message " + channelMessageId, e);
        }
    }
}
