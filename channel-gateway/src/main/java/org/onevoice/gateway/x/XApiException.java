package org.onevoice.gateway.x;

import java.time.Instant;
import java.util.Optional;

/** X did not do what was asked; {@link #retryable()} says whether asking again later can help. */
public class XApiException extends Exception {
    private final boolean retryable;
    private final Instant notBefore;
    private final boolean duplicateContent;

    XApiException(String message, boolean retryable, Instant notBefore, Throwable cause) {
        this(message, retryable, notBefore, cause, false);
    }

    XApiException(String message, boolean retryable, Instant notBefore, Throwable cause, boolean duplicateContent) {
        super(message, cause);
        this.retryable = retryable;
        this.notBefore = notBefore;
        this.duplicateContent = duplicateContent;
    }

    /** X refuses a tweet identical to one the account already posted (403, "duplicate content"). */
    public boolean duplicateContent() {
        return duplicateContent;
    }

    public boolean retryable() {
        return retryable;
    }

    /** When X's rate limit resets, if it said so. */
    public Optional<Instant> notBefore() {
        return Optional.ofNullable(notBefore);
    }
}
