package org.onevoice.support.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * The log of events a service has applied ({@code processed_event (event_id)}, in each service's
 * own schema), written in the transaction of their effect: an event id inserted for the first time
 * is applied, one already there is a redelivery and changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProcessedEvents {
    private final EntityManager em;

    ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /**
     * Logs the ids of a whole batch in one statement and returns the events to apply: those whose id
     * is logged for the first time, in batch order, an id that comes twice in the batch once.
     */
    public <E> List<E> firstTimes(List<E> events, Function<E, String> eventId) {
        // Plain JDBC on the transaction's connection: one array parameter, and Hibernate has nothing to flush for it.
        Set<String> first = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO processed_event (event_id) SELECT unnest(?) ON CONFLICT DO NOTHING RETURNING event_id")) {
                insert.setArray(1, connection.createArrayOf("text", events.stream().map(eventId).toArray()));
                Set<String> logged = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        logged.add(rows.getString(1));
                    }
                }
                return logged;
            }
        });
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
