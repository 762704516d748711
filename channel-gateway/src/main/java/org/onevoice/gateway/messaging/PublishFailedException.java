package org.onevoice.gateway.messaging;

/** Kafka did not acknowledge an event in time: nothing may be confirmed to the sender. */
public class PublishFailedException extends RuntimeException {
    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
