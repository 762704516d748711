package org.onevoice.gateway.admission;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.onevoice.events.v1.Channel;

/**
 * Counts the contacts in flight (see {@link AdmissionConfig}) and refuses one more when it would
 * exceed either bound. Every entry point takes a {@link Permit} before it buffers or parses
 * anything and gives it back once the sender has its answer.
 */
@ApplicationScoped
public class IntakeCapacity {
    private final int maxInFlight;
    private final long maxInFlightBytes;
    private final MeterRegistry registry;
    private int inFlight;
    private long inFlightBytes;

    IntakeCapacity(AdmissionConfig config, MeterRegistry registry) {
        this.maxInFlight = config.maxInFlight();
        this.maxInFlightBytes = config.maxInFlightBytes().asLongValue();
        this.registry = registry;
        Gauge.builder("onevoice.gateway.intake.in.flight", this, IntakeCapacity::inFlight)
                .description("Contacts received and not yet answered (awaiting Kafka's acknowledgement)").register(registry);
        Gauge.builder("onevoice.gateway.intake.in.flight.bytes", this, IntakeCapacity::inFlightBytes)
                .description("Request bodies of the contacts in flight").register(registry);
    }

    /** @return empty, counted as refused, when the gateway is at capacity */
    public Optional<Permit> tryAcquire(Channel channel, long bytes) {
        synchronized (this) {
            boolean roomForBytes = inFlight == 0 || inFlightBytes + bytes <= maxInFlightBytes;
            if (inFlight < maxInFlight && roomForBytes) {
                inFlight++;
                inFlightBytes += bytes;
                return Optional.of(new Permit(bytes));
            }
        }
        refused(channel);
        return Optional.empty();
    }

    private void refused(Channel channel) {
        registry.counter("onevoice.gateway.intake.refused", "channel", channel.name()).increment();
    }

    /** @return false, counted as refused, when not one more contact would be admitted now */
    public boolean accepting(Channel channel) {
        synchronized (this) {
            if (inFlight < maxInFlight) {
                return true;
            }
        }
        refused(channel);
        return false;
    }

    public synchronized int inFlight() {
        return inFlight;
    }

    public synchronized long inFlightBytes() {
        return inFlightBytes;
    }

    public int maxInFlight() {
        return maxInFlight;
    }

    private synchronized void release(long bytes) {
        inFlight--;
        inFlightBytes -= bytes;
    }

    /** One contact's place; closing it more than once gives it back once. */
    public final class Permit implements AutoCloseable {
        private final long bytes;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(long bytes) {
            this.bytes = bytes;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                release(bytes);
            }
        }
    }
}
