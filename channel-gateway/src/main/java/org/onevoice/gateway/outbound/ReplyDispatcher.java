package org.onevoice.gateway.outbound;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.DeserializationFailureHandler;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * and written after, so a redelivered or duplicated AgentReplied finds the outcome and only
 * re-publishes its report. For a crash after the channel accepted the reply but before the log row
 * was written, the attempt row makes the next try know it follows one: a channel refusing the
 * repeat (X refuses duplicate content; mail keeps its Message-ID so receivers see the same message)
 * confirms the delivery. A failure to publish the report nacks the record onto
 * {@code tickets.events.dlq}; replaying it publishes the logged report without sending. So does a
 * record that cannot be read or lacks what delivery needs ({@link DeliverableReply}).
 *
 * <p>Replies go out off the consumer's thread, those of different tickets at the same time
 * ({@link DeliveryConfig#concurrency()}), and the consumer goes on with the next record. A reply the
 * channel did not accept is tried again later: a mail server that is down must not hold up the
 * replies on X (or on other tickets) behind it. Only the later replies of the same ticket wait their
 * turn ({@link TicketTurns}), so a conversation's replies go out in the order they were written. The
 * record is acknowledged once its reply is decided and reported; Kafka's committed offset stays
 * before the oldest record not yet acknowledged (throttled commit strategy), so a restart while a
 * reply waits delivers that record again. At most {@link DeliveryConfig#maxUndecided()} replies are
 * held at once; beyond that, reading waits ({@link UndecidedReplies}).
 *
 * <p>Ticket events are read on Kafka's event loop: most are not replies and need only an
 * acknowledgement, and nothing here blocks. On a worker thread, handed over one by one, a reply's
 * event waited up to 4.6 s (p99, shared worker pool) or 0.3-1.1 s (a worker of its own) between
 * Kafka and its delivery at 200 contacts/s (docs/performance.md, eighth and ninth sessions).
 */
@ApplicationScoped
public class ReplyDispatcher {
    private static final Logger LOG = Logger.getLogger(ReplyDispatcher.class);

    private final Map<Channel, ReplySender> senders = new EnumMap<>(Channel.class);
    private final DeliveryLog log;
    private final DeliveryReports reports;
    private final DeliveryConfig config;
    private final MeterRegistry metrics;
    private final TicketTurns<Delivery> turns = new TicketTurns<>();
    private final ScheduledExecutorService deliveryThreads;
    private final UndecidedReplies undecided;

    ReplyDispatcher(Instance<ReplySender> senders, DeliveryLog log, DeliveryReports reports, DeliveryConfig config,
                    MeterRegistry metrics) {
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.log = log;
        this.reports = reports;
        this.config = config;
        this.metrics = metrics;
        this.deliveryThreads = Executors.newScheduledThreadPool(config.concurrency(), r -> {
            Thread thread = new Thread(r, "reply-delivery");
            thread.setDaemon(true);
            return thread;
        });
        this.undecided = new UndecidedReplies(config.maxUndecided());
    }

    /** Replies not decided yet are left unacknowledged: they are consumed again after the restart. */
    void stop(@Observes ShutdownEvent shutdown) {
        deliveryThreads.shutdownNow();
    }

    /**
     * Acknowledged once the reply's report is on Kafka, which may be after the returned stage
     * completed; nacked (to the dead-letter topic, with the cause) when the record is unreadable or
     * the report cannot be published. The stage completes once the reply is held for delivery, so
     * the next record waits while {@link DeliveryConfig#maxUndecided()} replies are held.
     */
    @Incoming("ticket-events")
    public CompletionStage<Void> onTicketEvent(Message<TicketEvent> message) {
        try {
            if (message.getPayload() == null) {
                throw new IllegalArgumentException("record could not be read as a ticket event: " + deserializationFailure(message));
            }
            if (!(message.getPayload() instanceof AgentReplied reply) || reply.origin() != AgentReplied.Origin.ONEVOICE) {
                return message.ack();
            }
            DeliverableReply.check(reply);
            // A reply still waiting for room when the gateway stops, or given it after the delivery
            // threads stopped, stays unacknowledged and is consumed again after the restart.
            return undecided.room().thenRun(() -> start(new Delivery(message, reply, config.initialBackoff())));
        } catch (RuntimeException e) {
            return message.nack(e);
        }
    }

    private void start(Delivery delivery) {
        if (turns.first(delivery.reply().ticketId(), delivery)) {
            run(() -> work(delivery), Duration.ZERO, delivery.reply());
        }
    }

    private void run(Runnable work, Duration after, AgentReplied reply) {
        try {
            deliveryThreads.schedule(work, after.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            LOG.infof("shutting down: reply %d will be consumed again after the restart", reply.replyId());
        }
    }

    /** Takes the delivery one step; once it is decided, goes on with the ticket's next one, if any. */
    private void work(Delivery delivery) {
        Delivery current = delivery;
        while (current != null) {
            Optional<Duration> retryIn = step(current);
            if (retryIn.isPresent()) {
                Delivery waiting = current;
                run(() -> work(waiting), retryIn.get(), waiting.reply());
                return;
            }
            undecided.decided();
            current = turns.next(current.reply().ticketId());
        }
    }

    /** Empty when the delivery is done (acknowledged or nacked), else how long to wait before the next step. */
    private Optional<Duration> step(Delivery delivery) {
        try {
            Outcome outcome = attempt(delivery);
            if (outcome.report() == null) {
                return Optional.of(outcome.retryIn());
            }
            reports.publish(outcome.report()).await().indefinitely();
            delivery.message().ack();
            return Optional.empty();
        } catch (RuntimeException e) {
            if (DatabaseFailures.unreachable(e)) {
                // Not the record's fault: dead-lettering it would lose the reply.
                Duration wait = delivery.databaseWait(config.maxBackoff());
                LOG.warnf("delivery log unreachable (%s), trying reply %d again in %d ms", e.getMessage(),
                        delivery.reply().replyId(), wait.toMillis());
                return Optional.of(wait);
            }
            if (deliveryThreads.isShutdown()) {
                // The stop interrupted the delivery or closed the delivery log under it: not the record's fault
                // either. Tried again, it finds the delivery threads stopped and stays unacknowledged.
                return Optional.of(Duration.ZERO);
            }
            delivery.message().nack(e);
            return Optional.empty();
        }
    }

    /** The reply's report, or how long to wait when the channel did not accept it and it will be tried again. */
    private Outcome attempt(Delivery delivery) {
        AgentReplied reply = delivery.reply();
        Optional<DeliveryReport> logged = log.outcome(reply.replyId());
        if (logged.isPresent()) {
            LOG.debugf("reply %d was already %s, reporting again", reply.replyId(), logged.get().state());
            return new Outcome(logged.get(), null);
        }
        ReplySender sender = senders.get(channelOf(reply));
        if (sender == null) {
            return new Outcome(decided(reply, 0, null, "replies cannot be delivered on " + channelOf(reply)), null);
        }
        int attempt = delivery.attempt();
        boolean triedBefore = log.attemptFollowsAnother(reply.replyId());
        try {
            return new Outcome(decided(reply, attempt, sender.send(reply), null), null);
        } catch (DeliveryException e) {
            if (e.repeatRefused() && triedBefore) {
                LOG.infof("reply %d: %s; an earlier attempt went through", reply.replyId(), e.getMessage());
                return new Outcome(decided(reply, attempt, null, null), null);
            }
            if (!e.retryable()) {
                return new Outcome(decided(reply, attempt, null, e.getMessage()), null);
            }
            if (attempt >= config.maxAttempts()) {
                return new Outcome(decided(reply, attempt, null, "gave up after " + attempt + " attempts: " + e.getMessage()), null);
            }
            Duration wait = waitBefore(delivery.backoff(), e);
            delivery.notAccepted();
            LOG.infof("reply %d on %s not accepted (%s), attempt %d in %d ms", reply.replyId(), channelOf(reply),
                    e.getMessage(), attempt + 1, wait.toMillis());
            return new Outcome(null, wait);
        }
    }

    /** The channel's own reset time wins over our backoff, within the configured ceiling. */
    private Duration waitBefore(Duration backoff, DeliveryException e) {
        Duration wait = e.notBefore().map(t -> Duration.between(Instant.now(), t)).filter(d -> d.compareTo(backoff) > 0).orElse(backoff);
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    /** The deserializer's reason, which the connector keeps in a header when it forwards an unreadable record. */
    private static String deserializationFailure(Message<TicketEvent> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(kafka -> kafka.getHeaders().lastHeader(DeserializationFailureHandler.DESERIALIZATION_FAILURE_REASON))
                .map(header -> new String(header.value(), StandardCharsets.UTF_8))
                .orElse("no value");
    }

    private DeliveryReport decided(AgentReplied reply, int attempts, String channelMessageId, String reason) {
        DeliveryReport.State state = reason == null ? DeliveryReport.State.SENT : DeliveryReport.State.FAILED;
        DeliveryReport report = new DeliveryReport(DeliveryReport.idFor(reply.replyId(), state), reply.ticketId(), reply.replyId(),
                channelOf(reply), state, channelMessageId, reason, Instant.now());
        log.record(report, attempts);
        metrics.counter(state == DeliveryReport.State.SENT ? "onevoice.gateway.replies.delivered" : "onevoice.gateway.replies.failed",
                "channel", channelOf(reply).name()).increment();
        // %s, not %d, for the ids: %d looks the locale's digits up on every line, which was a third of
        // this line's cost and 6 % of a delivery thread's (docs/performance.md, thirteenth session).
        if (state == DeliveryReport.State.SENT) {
            LOG.infof("reply %s of ticket %s delivered on %s as %s", reply.replyId(), reply.ticketId(), channelOf(reply), channelMessageId);
        } else {
            LOG.warnf("reply %s of ticket %s failed on %s: %s", reply.replyId(), reply.ticketId(), channelOf(reply), reason);
        }
        return report;
    }

    /** A reply without an explicit reply channel goes out where the ticket came in. */
    private static Channel channelOf(AgentReplied reply) {
        return reply.replyChannel() != null ? reply.replyChannel() : reply.channel();
    }

    /** What an attempt came to: the reply's report once it is decided, else the wait before the next attempt. */
    private record Outcome(DeliveryReport report, Duration retryIn) {
    }
}
