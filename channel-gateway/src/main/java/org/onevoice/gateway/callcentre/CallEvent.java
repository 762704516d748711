package org.onevoice.gateway.callcentre;

import java.time.Instant;

/**
 * A validated call-centre webhook event.
 *
 * @param caller   E.164, or null when this event did not name the caller
 * @param queuedAt when the caller entered the queue: the time of a QUEUED event, or the optional
 *                 {@code queuedAt} field of another; null when unknown
 */
public record CallEvent(
        String callId,
        CallEventType type,
        Instant at,
        String caller,
        String queue,
        String agent,
        String question,
        String answer,
        String topic,
        Instant queuedAt) {
}
