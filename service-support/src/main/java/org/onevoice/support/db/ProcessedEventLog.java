package org.onevoice.support.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The log of events a service has applied ({@code processed_event (event_id)}, in each service's
 * own schema), written in the transaction of their effect: an event id inserted for the first time
 * is applied, one already there is a redelivery and changes nothing.
 */
public final class ProcessedEventLog {
    private ProcessedEventLog() {
    }

    /**
     * Logs the ids of a whole batch in one statement, on the connection of the caller's transaction,
     * and returns the events to apply: those whose id is logged for the first time, in batch order,
     * an id that comes twice in the batch once.
     */
    public static <E> List<E> firstTimes(Connection connection, List<E> events, Function<E, String> eventId) throws SQLException {
        Set<String> first = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO processed_event (event_id) SELECT unnest(?) ON CONFLICT DO NOTHING RETURNING event_id")) {
            insert.setArray(1, connection.createArrayOf("text", events.stream().map(eventId).toArray()));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    first.add(rows.getString(1));
                }
            }
        }
        List<E> toApply = new ArrayList<>(first.size());
        for (E event : events) {
            // remove: a second event with the same id in the batch is a repeat.
            if (first.remove(eventId.apply(event))) {
                toApply.add(event);
            }
        }
        return toApply;
    }
}
