package org.onevoice.monitor.alert;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Counts committed alert changes by kind and state, for the Prometheus endpoint. */
@ApplicationScoped
public class AlertMetrics {
    private final MeterRegistry meters;

    AlertMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChanged changed) {
        meters.counter("monitor.alert.changes", "kind", changed.alert().kind().name(), "state", changed.alert().state().name()).increment();
    }
}
