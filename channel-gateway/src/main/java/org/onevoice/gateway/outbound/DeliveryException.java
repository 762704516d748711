package org.onevoice.gateway.outbound;

import java.time.Instant;
import java.util.Optional;

/** A delivery attempt the channel did not accept, with the reason the agent will read. */
public class DeliveryException extends Exception {
    private final boolean retryable;
    private final Instant notBefore;
    private final boolean repeatRefused;

    private DeliveryException(String reason, boolean retryable, Instant notBefore, Throwable cause, boolean repeatRefused) {
        super(reason, cause);
        this.retryable = retryable;
        this.notBefore = notBefore;
        this.repeatRefused = repeatRefused;
    }

    private DeliveryException(String reason, boolean retryable, Instant notBefore, Throwable cause) {
        this(reason, retryable, notBefore, cause, false);
    }

    /**
     * The channel refused the reply as a repeat of one it already has (X: duplicate content). After an
     * attempt whose outcome was never recorded, that is the proof the reply went out.
     */
    public static DeliveryException repeatRefused(String reason) {
        return new DeliveryException(reason, false, null, null, true);
    }

    /** Trying again cannot help: the channel refused this reply (forbidden, invalid, unknown recipient). */
    public static DeliveryException permanent(String reason) {
        return new DeliveryException(reason, false, null, null);
    }

    /** The channel is busy or failing now; a later attempt may succeed. */
    public static DeliveryException retryable(String reason, Throwable cause) {
        return new DeliveryException(reason, true, null, cause);
    }

    /** Rate-limited: the channel said when it accepts requests again. */
    public static DeliveryException retryableAfter(String reason, Instant notBefore) {
        return new DeliveryException(reason, true, notBefore, null);
    }

    public boolean retryable() {
        return retryable;
    }

    public boolean repeatRefused() {
        return repeatRefused;
    }

    /** The earliest time the channel will accept a new attempt, when it said so. */
    public Optional<Instant> notBefore() {
        return Optional.ofNullable(notBefore);
    }
}
