package org.onevoice.ticket.sla;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.onevoice.events.v1.SlaBreached;
import org.onevoice.support.worker.BackgroundLoop;
import org.onevoice.ticket.conversation.Ticket;
import org.onevoice.ticket.conversation.TicketEvents;
import org.onevoice.ticket.outbox.Outbox;
import org.onevoice.ticket.transaction.AfterCommit;

/**
 * Publishes each missed target once. Marking the ticket and writing the event share one
 * transaction, and rows are claimed with SKIP LOCKED, so neither a crash nor a second instance
 * publishes a breach twice. A round that found a full batch runs again at once: with business
 * hours, the tickets of a whole weekend fall due on Monday morning together.
 */
@ApplicationScoped
public class SlaWatch {
    private static final int BATCH = 200;

    private final EntityManager em;
    private final Outbox outbox;
    private final SlaConfig config;
    private final AfterCommit afterCommit;
    private final MeterRegistry metrics;
    private final BackgroundLoop loop;

    SlaWatch(EntityManager em, Outbox outbox, SlaConfig config, AfterCommit afterCommit, MeterRegistry metrics) {
        this.em = em;
        this.outbox = outbox;
        this.config = config;
        this.afterCommit = afterCommit;
        this.metrics = metrics;
        // A failed round (a lost deadlock, the database away) is tried again after a short back-off, not a whole interval.
        this.loop = new BackgroundLoop("sla-watch", config.checkInterval(), () -> check() >= BATCH);
    }

    void start(@Observes StartupEvent startup) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        loop.stop();
    }

    /** Returns how many breaches were published; a full batch of either target means more may be waiting. */
    int check() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            return report(SlaBreached.Target.FIRST_RESPONSE, "first_response", "first_response_at", now)
                    + report(SlaBreached.Target.RESOLUTION, "resolution", "resolved_at", now);
        });
    }

    private int report(SlaBreached.Target target, String column, String doneColumn, Instant now) {
        String due = column + "_due_at";
        String reported = column + "_breach_reported_at";
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM ticket WHERE " + reported + " IS NULL AND " + due
                        + " < coalesce(" + doneColumn + ", ?1) ORDER BY " + due + " LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, now)
                .setParameter(2, BATCH)
                .getResultList();
        for (Number id : ids) {
            Ticket ticket = em.find(Ticket.class, id.longValue());
            em.createNativeQuery("UPDATE ticket SET " + reported + " = ?1 WHERE id = ?2")
                    .setParameter(1, now)
                    .setParameter(2, ticket.id)
                    .executeUpdate();
            outbox.append(TicketEvents.slaBreached(ticket, target,
                    target == SlaBreached.Target.FIRST_RESPONSE ? ticket.firstResponseDueAt : ticket.resolutionDueAt));
            String channel = ticket.channel.name();
            afterCommit.run(() -> metrics.counter("onevoice.sla.breaches", "target", target.name(), "channel", channel).increment());
        }
        return ids.size();
    }
}
