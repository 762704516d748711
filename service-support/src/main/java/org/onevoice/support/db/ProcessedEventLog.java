package org.onevoice.support.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The log of events a service has applied ({@code processed_event (event_id)}, in each service's
 * own schema), written in the transaction of their effect: an event id inserted for the first time
 * is applied, one already there is a redelivery and changes nothing.
 */
public final class ProcessedEventLog {
    private ProcessedEventLog() {
    }

    /**
     * Logs a whole batch of event ids in one statement, on the connection of the caller's
     * transaction, and returns those seen for the first time; an id twice in the batch is returned once.
     */
    public static Set<String> firstTimes(Connection connection, Collection<String> eventIds) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO processed_event (event_id) SELECT unnest(?) ON CONFLICT DO NOTHING RETURNING event_id")) {
            insert.setArray(1, connection.createArrayOf("text", eventIds.toArray()));
            Set<String> first = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    first.add(rows.getString(1));
                }
            }
            return first;
        }
    }
}
