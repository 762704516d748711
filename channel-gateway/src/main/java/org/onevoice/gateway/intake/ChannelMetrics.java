package org.onevoice.gateway.intake;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactEvent;
import org.onevoice.gateway.limits.LimitExceededException;
import org.onevoice.problem.ProblemException;

/** Per-channel intake counters: what came in, what was refused and why, what was left aside. */
@ApplicationScoped
public class ChannelMetrics {
    private final MeterRegistry registry;

    ChannelMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void received(ContactEvent event) {
        registry.counter("onevoice.gateway.contacts.received", "channel", event.channel().name(),
                "type", event.getClass().getSimpleName()).increment();
    }

    /** Runs a request's checks and counts the refusal, by reason, when they refuse it. */
    public <T> T countingRejections(Channel channel, Supplier<T> checks) {
        try {
            return checks.get();
        } catch (ProblemException e) {
            rejected(channel, e);
            throw e;
        }
    }

    private void rejected(Channel channel, ProblemException problem) {
        String reason = problem instanceof LimitExceededException exceeded ? exceeded.limit() : switch (problem.problem().status()) {
            case 400 -> "invalid";
            case 401 -> "unauthenticated";
            case 503 -> "unconfigured";
            default -> Integer.toString(problem.problem().status());
        };
        rejected(channel, reason);
    }

    /** A refusal, by reason: the limit exceeded (e.g. {@code json_depth}), or why the request was unusable. */
    public void rejected(Channel channel, String reason) {
        registry.counter("onevoice.gateway.webhooks.rejected", "channel", channel.name(), "reason", reason).increment();
    }

    /** Something the channel reported that is not a customer contact, e.g. an X follow event. */
    public void ignored(Channel channel, String kind) {
        registry.counter("onevoice.gateway.webhooks.ignored", "channel", channel.name(), "kind", kind).increment();
    }
}
