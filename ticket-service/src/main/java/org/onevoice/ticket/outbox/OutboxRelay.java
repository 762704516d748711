package org.onevoice.ticket.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Sends committed outbox events to Kafka, oldest first, and deletes them once Kafka acknowledged
 * them. A crash between the acknowledgement and the delete sends a batch again: consumers are
 * idempotent by event id, so the effect is exactly once. {@link RelayLeadership} keeps one relay
 * active across service instances, which preserves the order of each ticket's events.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final URI SOURCE = URI.create("/onevoice/ticket-service");

    private final MutinyEmitter<String> emitter;
    private final EntityManager em;
    private final OutboxConfig config;
    private final RelayLeadership leadership;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    OutboxRelay(@Channel("ticket-events") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                MutinyEmitter<String> emitter, EntityManager em, OutboxConfig config, RelayLeadership leadership) {
        this.emitter = emitter;
        this.em = em;
        this.config = config;
        this.leadership = leadership;
    }

    void start(@Observes StartupEvent startup) {
        startRelay();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stopRelay();
    }

    /** Starts relaying, including whatever earlier runs committed but did not send. */
    synchronized void startRelay() {
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops after the current round; events committed meanwhile wait in the table. */
    synchronized void stopRelay() throws InterruptedException {
        running = false;
        wakeUp();
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
            thread = null;
        }
        leadership.release();
    }

    void wakeUp() {
        wakeUps.release();
    }

    private void loop() {
        long backoffMillis = 0;
        while (running) {
            try {
                int sent = relayOneBatch();
                backoffMillis = 0;
                if (sent < config.batchSize()) {
                    wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backoffMillis = Math.min(Math.max(backoffMillis * 2, 200), 10_000);
                LOG.warnf("outbox relay round failed, retrying in %d ms: %s", backoffMillis, e.getMessage());
                pause(backoffMillis);
            }
        }
    }

    /**
     * One round, with no transaction open while Kafka is awaited: read the oldest events, send them,
     * await the acknowledgements, delete them. Returns the number sent. A crash or a failed delete
     * after the acknowledgements sends them again next round; consumers are idempotent by event id.
     */
    int relayOneBatch() {
        if (!leadership.held()) {
            return 0;
        }
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        SELECT seq, event_id, partition_key, event_type, occurred_at, payload, topic
                        FROM outbox_event ORDER BY seq LIMIT ?1""")
                .setParameter(1, config.batchSize())
                .getResultList());
        if (rows.isEmpty()) {
            return 0;
        }
        List<Uni<Void>> acks = new ArrayList<>(rows.size());
        List<Long> sequences = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            sequences.add(((Number) row[0]).longValue());
            acks.add(emitter.sendMessage(toMessage(row)));
        }
        Uni.join().all(acks).andFailFast().await().atMost(config.ackTimeout());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM outbox_event WHERE seq IN (?1)")
                .setParameter(1, sequences)
                .executeUpdate());
        return rows.size();
    }

    private static Message<String> toMessage(Object[] row) {
        var cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId((String) row[1])
                .withType((String) row[3])
                .withSource(SOURCE)
                .withTimestamp(instant(row[4]).atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .build();
        var kafka = OutgoingKafkaRecordMetadata.<String>builder().withTopic((String) row[6]).withKey((String) row[2]).build();
        return Message.of((String) row[5]).addMetadata(cloudEvent).addMetadata(kafka);
    }

    /** The JDBC driver's type for timestamptz in native queries differs between versions. */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
