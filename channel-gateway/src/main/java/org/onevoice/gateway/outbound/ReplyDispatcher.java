package org.onevoice.gateway.outbound;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.DeserializationFailureHandler;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.DeliveryReport;
import org.onevoice.events.v1.TicketEvent;
import org.onevoice.support.db.DatabaseFailures;

/**
 * Delivers the replies agents write in OneVoice ({@link AgentReplied} with origin ONEVOICE) through
 * the {@link ReplySender} of the reply's channel, and reports each outcome once on
 * {@code replies.delivery}.
 *
 * <p>Exactly once per reply id: the outcome is looked up in the {@link DeliveryLog} before sending
 * and written after, and records are processed one at a time, so a redelivered or duplicated
 * AgentReplied (same partition: keyed by ticket) finds the outcome and only re-publishes its report.
 * For a crash after the channel accepted the reply but before the log row was written, the attempt
 * row makes the next try know it follows one: a channel refusing the repeat (X refuses duplicate
 * content; mail keeps its Message-ID so receivers see the same message) confirms the delivery. A failure to publish the report nacks the
 * record onto {@code tickets.events.dlq}; replaying it publishes the logged report without sending.
 * So does a record that cannot be read or lacks what delivery needs ({@link DeliverableReply}).
 */
@ApplicationScoped
public class ReplyDispatcher {
    private static final Logger LOG = Logger.getLogger(ReplyDispatcher.class);

    private final Map<Channel, ReplySender> senders = new EnumMap<>(Channel.class);
    private final DeliveryLog log;
    private final DeliveryReports reports;
    private final DeliveryConfig config;
    private final MeterRegistry metrics;

    ReplyDispatcher(Instance<ReplySender> senders, DeliveryLog log, DeliveryReports reports, DeliveryConfig config,
                    MeterRegistry metrics) {
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.log = log;
        this.reports = reports;
        this.config = config;
        this.metrics = metrics;
    }

    /**
     * Acknowledged once the report is on Kafka; nacked (to the dead-letter topic, with the cause) when
     * the record is unreadable or the report cannot be published. A shutdown interrupting a retry
     * wait neither acks nor nacks: the record is delivered again after the restart.
     */
    @Incoming("ticket-events")
    @Blocking
    public CompletionStage<Void> onTicketEvent(Message<TicketEvent> message) {
        try {
            if (message.getPayload() == null) {
                throw new IllegalArgumentException("record could not be read as a ticket event: " + deserializationFailure(message));
            }
            handleWhileDatabaseDown(message.getPayload());
            return message.ack();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info("reply delivery interrupted by shutdown; the record will be consumed again");
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return message.nack(e);
        }
    }

    /**
     * An unreachable database is not the record's fault: dead-lettering it would lose the reply, so
     * the same record is tried again, with backoff, until the database is back or the service stops.
     */
    private void handleWhileDatabaseDown(TicketEvent event) throws InterruptedException {
        Duration backoff = config.initialBackoff();
        while (true) {
            try {
                handle(event);
                return;
            } catch (RuntimeException e) {
                if (!DatabaseFailures.unreachable(e)) {
                    throw e;
                }
                LOG.warnf("delivery log unreachable (%s), trying again in %d ms", e.getMessage(), backoff.toMillis());
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    private void handle(TicketEvent event) throws InterruptedException {
        if (!(event instanceof AgentReplied reply) || reply.origin() != AgentReplied.Origin.ONEVOICE) {
            return;
        }
        DeliverableReply.check(reply);
        DeliveryReport report = log.outcome(reply.replyId()).orElse(null);
        if (report == null) {
            report = deliver(reply);
        } else {
            LOG.debugf("reply %d was already %s, reporting again", reply.replyId(), report.state());
        }
        reports.publish(report).await().indefinitely();
    }

    /** The deserializer's reason, which the connector keeps in a header when it forwards an unreadable record. */
    private static String deserializationFailure(Message<TicketEvent> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(kafka -> kafka.getHeaders().lastHeader(DeserializationFailureHandler.DESERIALIZATION_FAILURE_REASON))
                .map(header -> new String(header.value(), StandardCharsets.UTF_8))
                .orElse("no value");
    }

    private DeliveryReport deliver(AgentReplied reply) throws InterruptedException {
        ReplySender sender = senders.get(channelOf(reply));
        if (sender == null) {
            return decided(reply, 0, null, "replies cannot be delivered on " + channelOf(reply));
        }
        Duration backoff = config.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            boolean triedBefore = log.attemptFollowsAnother(reply.replyId());
            try {
                return decided(reply, attempt, sender.send(reply), null);
            } catch (DeliveryException e) {
                if (e.repeatRefused() && triedBefore) {
                    LOG.infof("reply %d: %s; an earlier attempt went through", reply.replyId(), e.getMessage());
                    return decided(reply, attempt, null, null);
                }
                if (!e.retryable()) {
                    return decided(reply, attempt, null, e.getMessage());
                }
                if (attempt >= config.maxAttempts()) {
                    return decided(reply, attempt, null, "gave up after " + attempt + " attempts: " + e.getMessage());
                }
                Duration wait = waitBefore(backoff, e);
                LOG.infof("reply %d on %s not accepted (%s), attempt %d in %d ms", reply.replyId(), channelOf(reply),
                        e.getMessage(), attempt + 1, wait.toMillis());
                Thread.sleep(wait.toMillis());
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    /** The channel's own reset time wins over our backoff, within the configured ceiling. */
    private Duration waitBefore(Duration backoff, DeliveryException e) {
        Duration wait = e.notBefore().map(t -> Duration.between(Instant.now(), t)).filter(d -> d.compareTo(backoff) > 0).orElse(backoff);
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    private DeliveryReport decided(AgentReplied reply, int attempts, String channelMessageId, String reason) {
        DeliveryReport.State state = reason == null ? DeliveryReport.State.SENT : DeliveryReport.State.FAILED;
        DeliveryReport report = new DeliveryReport(DeliveryReport.idFor(reply.replyId(), state), reply.ticketId(), reply.replyId(),
                channelOf(reply), state, channelMessageId, reason, Instant.now());
        log.record(report, attempts);
        metrics.counter(state == DeliveryReport.State.SENT ? "onevoice.gateway.replies.delivered" : "onevoice.gateway.replies.failed",
                "channel", channelOf(reply).name()).increment();
        if (state == DeliveryReport.State.SENT) {
            LOG.infof("reply %d of ticket %d delivered on %s as %s", reply.replyId(), reply.ticketId(), channelOf(reply), channelMessageId);
        } else {
            LOG.warnf("reply %d of ticket %d failed on %s: %s", reply.replyId(), reply.ticketId(), channelOf(reply), reason);
        }
        return report;
    }

    /** A reply without an explicit reply channel goes out where the ticket came in. */
    private static Channel channelOf(AgentReplied reply) {
        return reply.replyChannel() != null ? reply.replyChannel() : reply.channel();
    }
}
