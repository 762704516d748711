package org.onevoice.support.lifecycle;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whether the service has begun to stop. Quarkus closes Hibernate before it stops the Kafka
 * consumers, so a batch in hand then fails ("EntityManagerFactory is closed") for no fault of its
 * records. Sent to the dead-letter topic, they were lost to the service; failed instead, they stay
 * in Kafka uncommitted and are consumed after the restart.
 */
@ApplicationScoped
public class ServiceStopping {
    private volatile boolean stopping;

    // The shutdown event comes before Quarkus closes anything, so every failure the stop causes sees the flag.
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Call before dead-lettering a record: while the service stops, throws instead, which fails the
     * consumer's batch and leaves the record uncommitted. A record at fault is dead-lettered after
     * the restart.
     *
     * @param record which record, for the exception's message
     */
    public void refuseDeadLetterWhileStopping(String record, Throwable failure) {
        if (stopping) {
            throw new IllegalStateException("the service is stopping: " + record + " stays in Kafka, to be consumed after the restart", failure);
        }
    }
}
