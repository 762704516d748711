package org.onevoice.gateway.outbound;

import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.onevoice.events.v1.AgentReplied;
import org.onevoice.events.v1.TicketEvent;

/**
 * One reply on its way out: the record it came in, to acknowledge once the reply is decided, and
 * how far its attempts got. Handed from the consumer's thread to the delivery threads, one at a time.
 */
final class Delivery {
    private final Message<TicketEvent> message;
    private final AgentReplied reply;
    private int attempt = 1;
    private Duration backoff;
    private Duration databaseBackoff;

    Delivery(Message<TicketEvent> message, AgentReplied reply, Duration initialBackoff) {
        this.message = message;
        this.reply = reply;
        this.backoff = initialBackoff;
        this.databaseBackoff = initialBackoff;
    }

    Message<TicketEvent> message() {
        return message;
    }

    AgentReplied reply() {
        return reply;
    }

    /** The attempt about to be made, the first being 1. */
    int attempt() {
        return attempt;
    }

    Duration backoff() {
        return backoff;
    }

    /** The attempt was not accepted and will be made again: the next one counts one more, and the backoff doubles. */
    void notAccepted() {
        attempt++;
        backoff = backoff.multipliedBy(2);
    }

    /** How long to wait for an unreachable delivery log, doubling up to {@code max}; attempts are not counted. */
    Duration databaseWait(Duration max) {
        Duration current = databaseBackoff;
        databaseBackoff = databaseBackoff.multipliedBy(2).compareTo(max) > 0 ? max : databaseBackoff.multipliedBy(2);
        return current;
    }
}
