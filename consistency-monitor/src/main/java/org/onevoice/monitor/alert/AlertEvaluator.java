package org.onevoice.monitor.alert;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onevoice.monitor.intake.BatchApplied;
import org.onevoice.monitor.stats.ContactRow;
import org.onevoice.monitor.stats.ContactRows;
import org.onevoice.monitor.stats.StatsRange;
import org.onevoice.support.worker.BackgroundLoop;

/**
 * Runs every {@link AlertCheck} over the window of receipt times that ends at the newest event
 * time, after consumed batches (at most once per {@code evaluate-at-most-every}; the batches in
 * between coalesce) and on a schedule, never per HTTP request.
 * Ending the window at event time makes replayed history raise the alerts it raised live. An
 * advisory lock lets one instance evaluate at a time.
 */
@ApplicationScoped
public class AlertEvaluator {
    public static final long EVALUATION_LOCK = 0x6d_6f_6e_67_61_70L;

    private final ContactRows rows;
    private final Instance<AlertCheck> checks;
    private final AlertConfig config;
    private final Clock clock;
    private final EntityManager em;
    private final BackgroundLoop loop;
    private volatile Evaluation last;

    AlertEvaluator(ContactRows rows, Instance<AlertCheck> checks, AlertConfig config, Clock clock, EntityManager em) {
        this.rows = rows;
        this.checks = checks;
        this.config = config;
        this.clock = clock;
        this.em = em;
        this.loop = new BackgroundLoop("alert-evaluator", config.evaluateEvery(), config.evaluateAtMostEvery(), this::evaluate);
    }

    void start(@Observes StartupEvent startup) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        loop.stop();
    }

    void consumed(@Observes BatchApplied batch) {
        loop.wakeUp();
    }

    public Optional<Evaluation> last() {
        return Optional.ofNullable(last);
    }

    private boolean evaluate() {
        Instant started = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            if (Boolean.TRUE.equals(em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)").setParameter(1, EVALUATION_LOCK).getSingleResult())) {
                evaluateWindow(started);
            }
        });
        return false;
    }

    private void evaluateWindow(Instant started) {
        Instant newest = rows.newestEventTime();
        if (newest == null) {
            last = new Evaluation(started, clock.instant(), null, null, 0);
            return;
        }
        StatsRange range = new StatsRange(newest.minus(config.window()), newest);
        List<ContactRow> contacts = rows.in(range, null);
        EvaluationWindow window = new EvaluationWindow(range, contacts, range.horizon(clock.instant()));
        checks.forEach(check -> check.evaluate(window));
        last = new Evaluation(started, clock.instant(), range.from(), newest, contacts.size());
    }
}
