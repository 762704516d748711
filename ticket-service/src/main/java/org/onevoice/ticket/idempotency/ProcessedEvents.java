package org.onevoice.ticket.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Set;
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

    /** The ids of a batch seen for the first time, logged in one statement ({@link ProcessedEventLog}). */
    public Set<String> firstTimes(Collection<String> eventIds) {
        // Plain JDBC: one array parameter, and Hibernate has nothing to flush for it.
        return em.unwrap(Session.class).doReturningWork(connection -> ProcessedEventLog.firstTimes(connection, eventIds));
    }
}
