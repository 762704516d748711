package org.onevoice.monitor.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import org.onevoice.support.db.ProcessedEventLog;

/** The log of events already applied, written in the same transaction as their effect. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProcessedEvents {
    private final EntityManager em;

    ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /** The events of a batch to apply, each the first time its id is seen ({@link ProcessedEventLog}, one statement). */
    public <E> List<E> firstTimes(List<E> events, Function<E, String> eventId) {
        // Plain JDBC: one array parameter, and Hibernate has nothing to flush for it.
        return em.unwrap(Session.class).doReturningWork(connection -> ProcessedEventLog.firstTimes(connection, events, eventId));
    }
}
