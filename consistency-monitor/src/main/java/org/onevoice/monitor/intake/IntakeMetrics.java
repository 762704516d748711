package org.onevoice.monitor.intake;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Counts the events this instance committed, per family, for the Prometheus endpoint: with several
 * instances, each one's share of the intake shows there.
 */
@ApplicationScoped
public class IntakeMetrics {
    private final MeterRegistry meters;

    IntakeMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void committed(@Observes BatchApplied batch) {
        meters.counter("monitor.intake.events", "family", batch.family()).increment(batch.events());
    }
}
