package org.onevoice.monitor.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.onevoice.events.v1.AlertEvent;
import org.onevoice.monitor.outbox.AlertOutbox;
import org.onevoice.problem.ProblemException;

/**
 * Every state change of an alert, each written together with its {@link AlertEvent} in the outbox
 * so the change and its announcement are one commit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AlertLifecycle {
    /** Who resolves an alert whose cause went away. */
    public static final String MONITOR = "consistency-monitor";

    private final AlertOutbox outbox;
    private final Event<AlertChanged> changed;
    private final Clock clock;

    AlertLifecycle(AlertOutbox outbox, Event<AlertChanged> changed, Clock clock) {
        this.outbox = outbox;
        this.changed = changed;
        this.clock = clock;
    }

    private Alert open(AlertDraft draft) {
        Alert alert = new Alert();
        alert.alertKey = draft.alertKey();
        alert.kind = draft.kind();
        alert.topic = draft.topic();
        alert.channels(draft.channels());
        alert.state = AlertState.OPEN;
        alert.openedAt = clock.instant();
        refresh(alert, draft);
        alert.persist();
        announce(alert);
        return alert;
    }

    /**
     * Brings the alert on the draft's key in line with what a check found: opens one when the check
     * says so and none is unresolved (nor silenced by a person), resolves the unresolved one when
     * the check says its cause is gone, and otherwise only refreshes its figures.
     */
    public void reconcile(AlertDraft draft, boolean opens, boolean resolves) {
        Optional<Alert> latest = Alert.latest(draft.alertKey());
        if (latest.isPresent() && latest.get().state != AlertState.RESOLVED) {
            refresh(latest.get(), draft);
            if (resolves) {
                resolve(latest.get(), MONITOR);
            }
        } else if (latest.isPresent() && latest.get().silencesItsKey()) {
            if (resolves) {
                latest.get().rearmedAt = clock.instant();
            }
        } else if (opens) {
            open(draft);
        }
    }

    /** The cause of an alert is no longer found at all. */
    public void causeGone(Alert alert) {
        if (alert.state != AlertState.RESOLVED) {
            resolve(alert, MONITOR);
        } else if (alert.silencesItsKey()) {
            alert.rearmedAt = clock.instant();
        }
    }

    /** New figures for an alert that stays as it is: no announcement. */
    private void refresh(Alert alert, AlertDraft draft) {
        alert.ratio = draft.ratio();
        alert.summary = draft.summary();
        alert.details = draft.detailsJson();
    }

    public Alert acknowledge(Alert alert, String by) {
        if (alert.state != AlertState.OPEN) {
            throw ProblemException.conflict("alert " + alert.id + " is " + alert.state + "; only an OPEN alert can be acknowledged");
        }
        alert.state = AlertState.ACKNOWLEDGED;
        alert.acknowledgedAt = clock.instant();
        alert.acknowledgedBy = by;
        announce(alert);
        return alert;
    }

    public Alert resolve(Alert alert, String by) {
        if (alert.state == AlertState.RESOLVED) {
            throw ProblemException.conflict("alert " + alert.id + " is already RESOLVED");
        }
        alert.state = AlertState.RESOLVED;
        alert.resolvedAt = clock.instant();
        alert.resolvedBy = by;
        announce(alert);
        return alert;
    }

    private void announce(Alert alert) {
        outbox.append(new AlertEvent(UUID.randomUUID().toString(), alert.alertKey, alert.kind.name(), alert.state.name(),
                alert.topic, alert.channels(), alert.ratio, clock.instant(), alert.summary));
        changed.fire(new AlertChanged(AlertView.of(alert)));
    }
}
