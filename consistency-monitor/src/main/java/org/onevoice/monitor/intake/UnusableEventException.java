package org.onevoice.monitor.intake;

/** A record that can never be applied, however often it is retried: it belongs on the dead-letter topic. */
public class UnusableEventException extends RuntimeException {
    public UnusableEventException(String message) {
        super(message);
    }

    public UnusableEventException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Fails with a reason naming the missing field. */
    public static <T> T required(T value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new UnusableEventException(field + " is required");
        }
        return value;
    }
}
