package org.onevoice.monitor.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.onevoice.monitor.contact.SqlTime;
import org.onevoice.monitor.outbox.AlertOutbox.OutboxAppended;
import org.onevoice.monitor.worker.BackgroundLoop;

/**
 * Sends committed alert events to {@code consistency.alerts} as CloudEvents, oldest first, and
 * deletes them once Kafka acknowledged them; a crash in between sends them again, and consumers
 * recognise the repeat by event id. A transaction-scoped PostgreSQL advisory lock lets one relay
 * at a time work across instances, which keeps each alert's events in order.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final long RELAY_LOCK = 0x6d_6f_6e_6f_75_74L;
    private static final URI SOURCE = URI.create("/onevoice/consistency-monitor");

    private final MutinyEmitter<String> emitter;
    private final EntityManager em;
    private final OutboxConfig config;
    private final BackgroundLoop loop;

    OutboxRelay(@Channel("alerts") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024) MutinyEmitter<String> emitter,
                EntityManager em, OutboxConfig config) {
        this.emitter = emitter;
        this.em = em;
        this.config = config;
        this.loop = new BackgroundLoop("alert-outbox-relay", config.pollInterval(), this::relayBatch);
    }

    void start(@Observes StartupEvent startup) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        loop.stop();
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        loop.wakeUp();
    }

    /** One transaction: take the lock, send a batch, await the acknowledgements, delete. True when a full batch went out. */
    boolean relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!Boolean.TRUE.equals(em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)").setParameter(1, RELAY_LOCK).getSingleResult())) {
                return false;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            SELECT seq, event_id, partition_key, event_type, occurred_at, payload
                            FROM outbox_event ORDER BY seq LIMIT ?1""")
                    .setParameter(1, config.batchSize())
                    .getResultList();
            if (rows.isEmpty()) {
                return false;
            }
            Uni.join().all(rows.stream().map(row -> emitter.sendMessage(toMessage(row))).toList())
                    .andFailFast().await().atMost(config.ackTimeout());
            em.createNativeQuery("DELETE FROM outbox_event WHERE seq IN (?1)")
                    .setParameter(1, rows.stream().map(row -> ((Number) row[0]).longValue()).toList())
                    .executeUpdate();
            return rows.size() == config.batchSize();
        });
    }

    private static Message<String> toMessage(Object[] row) {
        var cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId((String) row[1])
                .withType((String) row[3])
                .withSource(SOURCE)
                .withTimestamp(SqlTime.instant(row[4]).atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .build();
        var kafka = OutgoingKafkaRecordMetadata.<String>builder().withKey((String) row[2]).build();
        return Message.of((String) row[5]).addMetadata(cloudEvent).addMetadata(kafka);
    }
}
