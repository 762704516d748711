package org.onevoice.gateway.x;

import java.time.Instant;
import java.util.Optional;

/** X did not do what was asked; {@link #retryable()} says whether asking again later can help. */
public class XApiException extends Exception {
    private final boolean retryable;
    private final Instant notBefore;

    XApiException(String message, boolean retryable, Instant notBefore, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.notBefore = notBefore;
    }

    public boolean retryable() {
        return retryable;
    }

    /** When X's rate limit resets, if it said so. */
    public Optional<Instant> notBefore() {
        return Optional.ofNullable(notBefore);
    }
}
