package org.onevoice.system.fault;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.onevoice.system.support.RunningSystem;

/** What the services' own databases hold, read with SQL: the ground truth the fault drill checks. */
final class Stores {
    private final RunningSystem system;

    Stores(RunningSystem system) {
        this.system = system;
    }

    /** Inbound messages of the ticket service by channel message id, with how often each is stored. */
    Map<String, Integer> ticketContacts() throws SQLException {
        return counted("tickets", "SELECT channel_message_id, count(*) FROM message WHERE direction = 'INBOUND' GROUP BY 1");
    }

    /** Contacts the ticket service stored (one per inbound contact event). */
    long ticketContactCount() throws SQLException {
        return count("tickets", "SELECT count(*) FROM message WHERE direction = 'INBOUND'");
    }

    /** Replies agents sent through OneVoice, as the ticket service stored them. */
    long ticketReplyCount() throws SQLException {
        return count("tickets", "SELECT count(*) FROM message WHERE direction = 'OUTBOUND' AND origin = 'ONEVOICE'");
    }

    /** Replies the ticket service knows were handed to their channel (the gateway reported them SENT). */
    long ticketRepliesReportedSent() throws SQLException {
        return count("tickets", "SELECT count(*) FROM message WHERE direction = 'OUTBOUND' AND origin = 'ONEVOICE'"
                + " AND delivery_state = 'SENT'");
    }

    long monitorContactCount() throws SQLException {
        return count("monitor", "SELECT count(*) FROM contact");
    }

    long monitorReplyCount() throws SQLException {
        return count("monitor", "SELECT count(*) FROM ticket_reply WHERE origin = 'ONEVOICE'");
    }

    long count(String database, String sql) throws SQLException {
        try (Connection db = system.database(database); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Map<String, Integer> counted(String database, String sql) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection db = system.database(database); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }
}
