package org.onevoice.local.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a service's database holds about the bench's contacts: per channel message id, the times
 * of the rows stored for it (more than one is a duplicate). Read over JDBC, as the service wrote them.
 *
 * @param countSql a query returning one number: how many contact rows there are
 * @param rowsSql  a query returning (channel message id, row time) for every contact row
 */
record StoredRows(String jdbcUrl, String countSql, String rowsSql) {

    /** Inbound messages in the ticket service: {@code created_at} is the time of the transaction that stored them. */
    static StoredRows tickets(String jdbcUrl) {
        return new StoredRows(jdbcUrl,
                "SELECT count(*) FROM message WHERE direction = 'INBOUND'",
                "SELECT channel_message_id, created_at FROM message WHERE direction = 'INBOUND'");
    }

    /**
     * Contacts the consistency monitor counted; it keeps no row time of its own, so the time is
     * that of the processed-event mark written in the same transaction as the contact.
     */
    static StoredRows monitor(String jdbcUrl) {
        return new StoredRows(jdbcUrl,
                "SELECT count(*) FROM contact",
                "SELECT c.channel_message_id, p.processed_at FROM contact c"
                        + " LEFT JOIN processed_event p ON p.event_id = c.source_event_id");
    }

    long count() throws SQLException {
        try (Connection c = connect(); PreparedStatement query = c.prepareStatement(countSql); ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Row times in epoch microseconds (0 when the row has none), by normalised channel message id. */
    Map<String, List<Long>> rows() throws SQLException {
        Map<String, List<Long>> rows = new HashMap<>();
        try (Connection c = connect(); PreparedStatement query = c.prepareStatement(rowsSql)) {
            query.setFetchSize(10_000);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(2);
                    long micros = at == null ? 0 : at.getTime() / 1000 * 1_000_000L + at.getNanos() / 1000;
                    rows.computeIfAbsent(BenchContact.normalised(rs.getString(1)), id -> new ArrayList<>(1)).add(micros);
                }
            }
        }
        return rows;
    }

    /**
     * The newest tickets of the load (not seeded ones), the ones agents would answer first; not
     * calls, which the ticket service does not answer on their own channel.
     */
    static List<Long> recentTicketIds(String jdbcUrl) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = BenchRole.connect(jdbcUrl);
             PreparedStatement query = c.prepareStatement(
                     "SELECT id FROM ticket WHERE id < " + TicketSeeder.FIRST_ID + " AND channel <> 'CALL_CENTRE'"
                             + " ORDER BY id DESC LIMIT 500");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private Connection connect() throws SQLException {
        Connection c = BenchRole.connect(jdbcUrl);
        c.setAutoCommit(false);
        return c;
    }
}
