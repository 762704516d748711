package org.onevoice.ticket.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.Session;

/** The log of events already applied, written in the same transaction as their effect. */
@ApplicationScoped
public class ProcessedEvents {
    private final EntityManager em;

    ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /** True the first time an event id is seen; false for a redelivery, which must change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(String eventId) {
        return em.createNativeQuery("INSERT INTO processed_event (event_id) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, eventId)
                .executeUpdate() == 1;
    }

    /**
     * Logs a whole batch of event ids in one statement and returns those seen for the first time;
     * an id that occurs twice in the batch is returned once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> firstTimes(Collection<String> eventIds) {
        // Plain JDBC: one array parameter, and Hibernate has nothing to flush for it.
        return em.unwrap(Session.class).doReturningWork(connection -> {
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
        });
    }
}
